/**
 * An indicator as GET /api/plans/:planId/indicators returns it. Mirrors the server's
 * IndicatorSchema (src/http/routes/indicators/indicators.routes.ts), like the other features'
 * types until the contract is shared between src/ and web/.
 */
export const INDICATOR_STATUSES = ['binding_target_missed', 'deteriorating', 'limited_progress', 'needs_acceleration', 'on_track', 'achieved', 'no_data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export type Tracking = 'yearly' | 'quarterly_cumulative' | 'quarterly_point';
export type ValueStatus = 'submitted' | 'accepted' | 'returned';

export interface Observation {
  year: number;
  value: number;
}

export interface ValueEvidence {
  id: string;
  fileName: string;
  size: number;
  mediaType: string;
}

export interface IndicatorValue {
  id: string;
  period: string;
  value: number;
  source: string;
  note: string;
  status: ValueStatus;
  returnReason: string | null;
  enteredAt: string;
  evidence: ValueEvidence[];
}

export interface GoalLink {
  goalId: string;
  metric: string;
  year: number;
  goalValue: number;
  goalUnit: string | null;
  tableValue: number | null;
  conflict: boolean;
  governs: 'goal' | 'table';
  chosen: boolean;
  findingZh: string | null;
}

export interface Indicator {
  id: string;
  number: number;
  name: string;
  unit: string | null;
  attribute: 'expected' | 'binding' | null;
  direction: 'higher' | 'lower';
  targets: Record<string, number>;
  tableTargets: Record<string, number>;
  baseline: Observation | null;
  providerUnitId: string | null;
  tracking: Tracking;
  tolerance: number | null;
  values: IndicatorValue[];
  status: IndicatorStatus;
  ratio: number | null;
  provisional: boolean;
  judgedPeriod: string | null;
  explanation: string;
  explanationEn: string;
  forecast: number | null;
  forecastText: string | null;
  forecastTextEn: string | null;
  goalLinks: GoalLink[];
}

export interface IndicatorSettings {
  baselineYear: number | null;
  baselineValue: number | null;
  providerUnitId: string | null;
  tracking: Tracking;
  tolerance: number | null;
}

export interface ValueInput {
  period: string;
  value: number;
  source: string;
  note: string;
}

export interface IndicatorImportSummary {
  entered: number;
  unchanged: number;
}
