/**
 * The plan as /api/plans and /api/plans/:id answer it: the server's own response types
 * (src/http/routes/plans/plans.schemas.ts), and names for their parts.
 */
import type { PlanSummary, PlanView } from '@server/http/routes/plans/plans.schemas';

export type { PlanSummary, PlanView };
export type PlanStatus = PlanSummary['status'];
export type PlanSection = PlanView['sections'][number];
export type PlanTask = PlanSection['tasks'][number];
export type TaskUnit = PlanTask['units'][number];
export type TaskUnitRole = TaskUnit['role'];
/** A quantified target of a task; comparator and kind as in docs/plan-format.md. */
export type Target = PlanTask['targets'][number];
/** An overall goal: a target with its theme. */
export type Goal = PlanView['goals'][number];
export type Indicator = PlanView['indicators'][number];
export type IndicatorAttribute = NonNullable<Indicator['attribute']>;
/** A finding of the parser; `messageZh` is for the clerk. Import previews add every line it concerns. */
export type Finding = PlanView['findings'][number] & { lines?: number[] };
export type FindingSeverity = Finding['severity'];
