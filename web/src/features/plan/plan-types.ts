/**
 * The plan as /api/plans and /api/plans/:id answer it. Mirrors the server's plan schemas
 * (src/http/routes/plans/plans.schemas.ts); replace with the server's exported types once the
 * contract is shared between src/ and web/.
 */
export type PlanStatus = 'draft' | 'active' | 'archived';

export interface PlanSummary {
  id: string;
  code: string;
  title: string;
  documentNumber: string | null;
  startYear: number;
  endYear: number;
  status: PlanStatus;
  importedAt: string | null;
}

export type TaskUnitRole = 'lead' | 'responsible' | 'cooperating';

export interface TaskUnit {
  unitId: string;
  name: string;
  role: TaskUnitRole;
}

/** A quantified target: of a task, or an overall goal (which adds `theme`). */
export interface Target {
  id: string;
  metric: string;
  /** '>=', '>', '<=', '<', '=', 'approx', 'decrease_by', 'increase_by' (docs/plan-format.md). */
  comparator: string;
  value: number;
  maxValue: number | null;
  unit: string | null;
  year: number | null;
  /** 'yearly' (每年), 'deadline' (到 year), 'unspecified'. */
  cadence: string;
  /** 'level', 'annual_growth', 'relative_change'. */
  kind: string;
  /** The phrase as the plan writes it. */
  text: string;
  line: number | null;
}

export interface Goal extends Target {
  theme: string | null;
}

export interface PlanTask {
  id: string;
  number: number;
  title: string;
  text: string;
  line: number | null;
  units: TaskUnit[];
  targets: Target[];
}

export interface PlanSection {
  id: string;
  number: string | null;
  title: string;
  tasks: PlanTask[];
}

export type IndicatorAttribute = 'expected' | 'binding';

export interface Indicator {
  id: string;
  number: number;
  name: string;
  unit: string | null;
  attribute: IndicatorAttribute | null;
  direction: 'higher' | 'lower';
  /** Target per year: { "2023": 1.2, ... }. */
  targets: Record<string, number>;
  line: number | null;
}

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: FindingSeverity;
  code: string;
  /** English. */
  message: string;
  /** Chinese, for the clerk. */
  messageZh: string;
  line: number | null;
  /** Every line the finding concerns (import previews only). */
  lines?: number[];
  params: Record<string, string | number>;
}

export interface PlanView {
  plan: PlanSummary & { officeUnitId: string | null; metadata: unknown; rules: unknown };
  sections: PlanSection[];
  goals: Goal[];
  indicators: Indicator[];
  findings: Finding[];
}
