import { asEntered } from './explain-status';

/**
 * How a growth rate is judged against its target rate. Rates are signed (a fall is negative),
 * so 年均下降3% is a target of −3 % met by any rate at or below it.
 */
export type RateRule = 'at_least' | 'more_than' | 'at_most' | 'about';

/**
 * The rule a plan's wording states (DOMAIN.md): 以上 / 不低于 → at least; 超过 → more than;
 * 左右 → inside the tolerance band; 以内 → at most; a plain "年均增长3%" is a floor, at least.
 * A fall (decrease_by) turns the floor into a ceiling: 下降3% is met by −3 % or less.
 */
export function rateRuleOf(comparator: string | null, qualifier: string | null | undefined): RateRule {
  if (qualifier === 'about') return 'about';
  if (comparator === 'decrease_by') return qualifier === 'at_most' ? 'at_least' : 'at_most';
  if (qualifier === 'more_than') return 'more_than';
  if (qualifier === 'at_most') return 'at_most';
  return 'at_least';
}

/** The signed rate a target names: 增长6% → 6, 下降3% → −3. */
export const signedRate = (comparator: string | null, value: number): number => (comparator === 'decrease_by' ? -Math.abs(value) : value);

const SUFFIX_ZH: Record<string, string> = { at_least: '以上', about: '左右', at_most: '以内' };

/** 年均增长6%以上, 年均增长7%左右, 年均下降3%: the goal as a plan words it. */
export function rateTargetZh(rate: number, qualifier: string | null | undefined): string {
  const verb = rate < 0 ? '下降' : '增长';
  const more = qualifier === 'more_than' ? '超过' : '';
  return `年均${verb}${more}${asEntered(Math.abs(rate))}%${SUFFIX_ZH[qualifier ?? ''] ?? ''}`;
}

const QUALIFIER_EN: Record<string, string> = { at_least: 'at least ', about: 'about ', at_most: 'at most ', more_than: 'over ' };

/** "growth of at least 6% a year", "a fall of 3% a year". */
export function rateTargetEn(rate: number, qualifier: string | null | undefined): string {
  const noun = rate < 0 ? 'a fall of' : 'growth of';
  return `${noun} ${QUALIFIER_EN[qualifier ?? ''] ?? ''}${asEntered(Math.abs(rate))}% a year`;
}

/** 增长5.2% / 下降1.2%: a rate as a clerk says it. */
export const rateZh = (rate: number): string => (rate < 0 ? `下降${asEntered(-rate)}%` : `增长${asEntered(rate)}%`);
export const rateEn = (rate: number): string => (rate < 0 ? `fall ${asEntered(-rate)}%` : `growth ${asEntered(rate)}%`);

/** 较基期下降15% / 较基期提高20%: a relative change as the plan words it. */
export function changeTargetZh(comparator: string | null, percent: number, qualifier: string | null | undefined): string {
  const verb = comparator === 'decrease_by' ? '下降' : '提高';
  return `较基期${verb}${asEntered(percent)}%${SUFFIX_ZH[qualifier ?? ''] ?? ''}`;
}

export function changeTargetEn(comparator: string | null, percent: number, qualifier: string | null | undefined): string {
  const noun = comparator === 'decrease_by' ? 'fall' : 'rise';
  return `a ${noun} of ${QUALIFIER_EN[qualifier ?? ''] ?? ''}${asEntered(percent)}% from the baseline`;
}

/**
 * The average annual rate over the years given, as 年均增长 is computed: the compound average
 * of the years' growth factors, (Π(1 + rᵢ))^(1/n) − 1. A fall of 100 % or more has no growth
 * factor: the plain mean is used then.
 */
export function averageRate(rates: readonly number[]): number | null {
  if (rates.length === 0) return null;
  const factors = rates.map((r) => 1 + r / 100);
  if (factors.some((f) => f <= 0)) return rates.reduce((sum, r) => sum + r, 0) / rates.length;
  const product = factors.reduce((p, f) => p * f, 1);
  return (Math.pow(product, 1 / rates.length) - 1) * 100;
}

/** 2023—2024年 for consecutive years, 2023、2025年 when some are missing. */
export function yearSpanZh(years: readonly number[]): string {
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (years.length > 1 && consecutive) return `${years[0]}—${years.at(-1)}年`;
  return `${years.join('、')}年`;
}

export function yearSpanEn(years: readonly number[]): string {
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (years.length > 1 && consecutive) return `${years[0]}–${years.at(-1)}`;
  return years.join(', ');
}
