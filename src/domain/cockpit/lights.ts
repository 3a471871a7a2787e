import type { IndicatorStatus } from '../indicators/indicator-status';

/**
 * The colour light of an indicator on the cockpit, the way Chinese supervision platforms show an
 * item (DOMAIN.md): green on course, yellow when progress lags, red when the target is missed or
 * the indicator moves the wrong way; grey without data to judge.
 */
export type Light = 'green' | 'yellow' | 'red' | 'grey';

export function lightOf(status: IndicatorStatus): Light {
  switch (status) {
    case 'achieved':
    case 'on_track':
      return 'green';
    case 'needs_acceleration':
    case 'limited_progress':
      return 'yellow';
    case 'deteriorating':
    case 'binding_target_missed':
      return 'red';
    case 'no_data':
      return 'grey';
  }
}
