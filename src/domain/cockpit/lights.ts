import type { IndicatorStatus } from '../indicators/indicator-status';
import { indicatorStatusReasons, lightOf as worstLight } from '../supervision/lights';

/**
 * The colour light of an indicator on the cockpit: the supervision rule on its status
 * (supervision/lights.ts, so the cockpit and the 督查督办 page never disagree), and grey when
 * there is no data to judge. Notices are counted apart on the cockpit, so they don't colour it.
 */
export type Light = 'green' | 'yellow' | 'red' | 'grey';

export function lightOf(status: IndicatorStatus, attribute: 'expected' | 'binding' | null): Light {
  return status === 'no_data' ? 'grey' : worstLight(indicatorStatusReasons(status, attribute)).light;
}
