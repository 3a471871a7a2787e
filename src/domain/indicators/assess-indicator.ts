import { assessGrowth } from './assess-growth';
import { assessLevel } from './assess-level';
import { assessRelativeChange } from './assess-relative-change';
import type { Assessment, IndicatorFacts } from './indicator-facts';
import type { PeriodValue } from './year-observation';

export { APPROX_TOLERANCE, type Assessment, type IndicatorFacts, type IndicatorKind } from './indicator-facts';

/**
 * An indicator's status in `year` from the values that count (the caller leaves out returned
 * ones), explained in a sentence, with the pace "at this rate", by what its target is: a level
 * (Open SDG's progress measure, assess-level.ts), an annual growth rate (assess-growth.ts) or a
 * change relative to the baseline (assess-relative-change.ts).
 */
export function assessIndicator(facts: IndicatorFacts, values: readonly PeriodValue[], year: number): Assessment {
  switch (facts.kind ?? 'level') {
    case 'level':
      return assessLevel(facts, values, year);
    case 'annual_growth':
      return assessGrowth(facts, values, year);
    case 'relative_change':
      return assessRelativeChange(facts, values, year);
  }
}
