/**
 * An indicator as GET /api/plans/:planId/indicators returns it: the server's own type
 * (src/http/routes/indicators/indicators.schemas.ts), and names for its parts.
 */
import type { IndicatorView } from '@server/http/routes/indicators/indicators.schemas';

export type Indicator = IndicatorView;
export type IndicatorStatus = Indicator['status'];
/** Worst first, the order the list and the filters show; the type check keeps them within the server's. */
export const INDICATOR_STATUSES = ['binding_target_missed', 'deteriorating', 'limited_progress', 'needs_acceleration', 'on_track', 'achieved', 'no_data'] as const satisfies readonly IndicatorStatus[];
export type Tracking = Indicator['tracking'];
export type IndicatorValue = Indicator['values'][number];
export type ValueStatus = IndicatorValue['status'];
export type ValueEvidence = IndicatorValue['evidence'][number];
export type Observation = NonNullable<Indicator['baseline']>;
export type GoalLink = Indicator['goalLinks'][number];

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
