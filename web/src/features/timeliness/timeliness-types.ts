import type { ReportKind, Timeliness } from '../reports/report-types';

/** GET /api/periods/:id/timeliness (src/services/reporting/timeliness-summary.ts). */
export interface Rates {
  expected: number;
  received: number;
  onTime: number;
  /** received ÷ expected; null when nothing was due. */
  reportingRate: number | null;
  /** on time ÷ expected; null when nothing was due. */
  timelyRate: number | null;
}

export interface UnitTimeliness {
  unitId: string;
  unitName: string;
  unitKind: string;
  rates: Rates;
  late: number;
  missing: number;
}

export interface ObligationTimeliness {
  taskId: string;
  taskNumber: number;
  taskTitle: string;
  unitId: string;
  kind: ReportKind;
  reportId: string | null;
  status: string;
  firstSubmittedAt: string | null;
  timeliness: Timeliness;
}

export interface TimelinessSummary {
  period: { id: string; key: string; dueDate: string; status: string };
  rates: Rates;
  units: UnitTimeliness[];
  obligations: ObligationTimeliness[];
}
