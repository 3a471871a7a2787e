import type { Observation } from './indicator-status';

/**
 * Where an indicator will be in `year` at its current pace: compound growth between the first
 * and the latest actual (the same measure as the status), or a straight line when compound
 * growth is undefined (a zero or a change of sign). Null without two years of data.
 */
export function forecastValue(actuals: readonly Observation[], year: number): number | null {
  const sorted = [...actuals].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || last.year === first.year) return null;
  const span = last.year - first.year;
  const ahead = year - last.year;
  if (first.value > 0 && last.value > 0) {
    const rate = Math.pow(last.value / first.value, 1 / span);
    return last.value * Math.pow(rate, ahead);
  }
  return last.value + ((last.value - first.value) / span) * ahead;
}

/** A number as a leader reads it: whole from 100 up, else at most two decimals. */
export const formatNumber = (value: number): string => (Math.abs(value) >= 100 ? Math.round(value).toString() : String(Math.round(value * 100) / 100));

/** "At this pace: 38 of 40 by 2025" — the forecast against the target, for a leader's glance. */
export function forecastSentence(forecast: number | null, target: Observation | null, unit: string | null): string | null {
  if (forecast === null || !target) return null;
  return `按当前进度，${target.year}年预计${formatNumber(forecast)}${unit ?? ''}（目标${formatNumber(target.value)}${unit ?? ''}）`;
}
