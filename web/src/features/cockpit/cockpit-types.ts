/**
 * The cockpit as GET /api/plans/:planId/cockpit (and its drill-downs) answer it: the server's own
 * types (src/http/routes/cockpit/cockpit.schemas.ts), and names for their parts.
 */
import type { CockpitView, TaskReportsView, UnitObligationsView } from '@server/http/routes/cockpit/cockpit.schemas';

export type { Rates } from '../timeliness/timeliness-types';

export type Cockpit = CockpitView;
export type TaskReports = TaskReportsView;
export type UnitObligations = UnitObligationsView;

/** An indicator of the grid: what the indicators page shows of it, with its light and yearly path. */
export type IndicatorCell = Cockpit['indicators'][number];
export type Light = IndicatorCell['light'];
export type Observation = IndicatorCell['targets'][number];
export type UnitRanking = Cockpit['units']['departments'][number];
export type UnitKind = UnitRanking['unitKind'];
export type OverdueItem = Cockpit['overdue'][number];
/** One obligation in one quarter, in a drill-down. */
export type ObligationCell = TaskReports['cells'][number];
export type TaskState = Cockpit['tasks'][number]['state'];
/** The states in the order the charts stack them; the type check keeps them within the server's. */
export const TASK_STATES = ['completed', 'on_track', 'lagging', 'not_started', 'not_reported'] as const satisfies readonly TaskState[];
