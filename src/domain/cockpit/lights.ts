import type { IndicatorStatus } from '../indicators/indicator-status';

/**
 * The colour light of an indicator on the cockpit, the way Chinese supervision platforms show an
 * item (DOMAIN.md): green on course, yellow when progress lags, red when the target is missed or
 * the indicator moves the wrong way; grey without data to judge.
 */
export type Light = 'green' | 'yellow' | 'red' | 'grey';

// A Record, so the compiler insists on a light for every status.
const LIGHTS: Record<IndicatorStatus, Light> = {
  achieved: 'green',
  on_track: 'green',
  needs_acceleration: 'yellow',
  limited_progress: 'yellow',
  deteriorating: 'red',
  binding_target_missed: 'red',
  no_data: 'grey',
};

/** Every indicator status, in order from best to no data. */
export const INDICATOR_STATUSES = Object.keys(LIGHTS) as IndicatorStatus[];

export const lightOf = (status: IndicatorStatus): Light => LIGHTS[status];
