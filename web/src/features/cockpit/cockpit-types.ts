import type { Indicator, IndicatorStatus } from '../indicators/indicator-types';
import type { Rates } from '../timeliness/timeliness-types';
import type { ObligationStatus, ReportKind, TaskStatus, Timeliness } from '../reports/report-types';

/**
 * The cockpit as GET /api/plans/:planId/cockpit answers it. Mirrors
 * src/http/routes/cockpit/cockpit.schemas.ts.
 */
export type Light = 'green' | 'yellow' | 'red' | 'grey';
export type TaskState = 'completed' | 'on_track' | 'lagging' | 'not_started' | 'not_reported';
export const TASK_STATES: readonly TaskState[] = ['completed', 'on_track', 'lagging', 'not_started', 'not_reported'];
export type UnitKind = 'department' | 'township' | 'park' | 'enterprise' | 'group' | 'external';

export type { Rates } from '../timeliness/timeliness-types';

export interface Observation {
  year: number;
  value: number;
}

/** An indicator of the grid: what the indicators page shows of it, with its light and yearly path. */
export interface IndicatorCell extends Pick<Indicator, 'id' | 'number' | 'name' | 'unit' | 'attribute' | 'direction'> {
  status: IndicatorStatus;
  light: Light;
  provisional: boolean;
  baseline: Observation | null;
  targets: Observation[];
  actuals: Array<Observation & { provisional: boolean }>;
}

export interface UnitRanking {
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  group: 'department' | 'township';
  rank: number;
  late: number;
  missing: number;
  rates: Rates;
}

export interface OverdueItem {
  taskId: string;
  taskNumber: number;
  taskTitle: string;
  unitId: string;
  unitName: string;
  kind: ReportKind;
  periodKey: string;
  dueDate: string;
  daysOverdue: number;
  reportId: string | null;
}

export interface Cockpit {
  plan: { id: string; title: string; startYear: number; endYear: number };
  year: number;
  period: { id: string; key: string; year: number; quarter: number | null; dueDate: string; status: 'open' | 'closed' } | null;
  periods: Array<{ id: string; key: string; year: number; quarter: number | null }>;
  sections: Array<{ id: string; number: string | null; title: string }>;
  filters: { sectionId: string | null; unitKind: UnitKind | null };
  headline: {
    indicators: { total: number; byStatus: Record<IndicatorStatus, number> };
    tasks: { total: number; byState: Record<TaskState, number> };
    reporting: Rates;
    /** null: supervision (督办) is not part of this deployment yet. */
    openSupervisionItems: number | null;
  };
  indicators: IndicatorCell[];
  tasksBySection: Array<{ sectionId: string; number: string | null; title: string; counts: Record<TaskState, number> }>;
  tasks: Array<{ id: string; number: number; title: string; sectionId: string; state: TaskState }>;
  units: { departments: UnitRanking[]; townships: UnitRanking[] };
  overdue: OverdueItem[];
  ratesByQuarter: Array<Rates & { periodId: string; key: string }>;
}

/** One obligation in one quarter, in a drill-down. */
export interface ObligationCell {
  periodId: string;
  periodKey: string;
  dueDate: string;
  taskId: string;
  unitId: string;
  kind: ReportKind;
  reportId: string | null;
  status: ObligationStatus;
  taskStatus: TaskStatus | null;
  timeliness: Timeliness;
}

export interface TaskReports {
  task: { id: string; number: number; title: string; section: { number: string | null; title: string } | null };
  periods: Array<{ id: string; key: string; dueDate: string }>;
  units: Array<{ unitId: string; unitName: string; kind: ReportKind }>;
  cells: ObligationCell[];
  rates: Rates;
}

export interface UnitObligations {
  unit: { id: string; name: string; kind: UnitKind };
  /** The indicators whose actual values the unit provides. */
  indicators: Array<{ id: string; number: number; name: string; status: IndicatorStatus; light: Light; latest: { period: string; value: number; status: 'submitted' | 'accepted' | 'returned' } | null }>;
  tasks: Array<{ id: string; number: number; title: string }>;
  cells: ObligationCell[];
  rates: Rates;
}
