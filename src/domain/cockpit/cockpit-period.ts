import type { IsoDate } from '../reporting/calendar';
import type { Period } from '../reporting/periods';

/** An opened reporting period (a row the office opened), as the cockpit needs it. */
export interface OpenedPeriod extends Period {
  id: string;
  status: 'open' | 'closed';
}

/** The quarter of a period key: 2024Q3 → 3; null for other cadences (2024M03, 2024H1, 2024). */
export function quarterOf(key: string): number | null {
  const match = /^\d{4}Q([1-4])$/.exec(key);
  return match ? Number(match[1]) : null;
}

/**
 * The period the cockpit shows. The one asked for (year and quarter); else, the latest opened
 * period of the year asked for, or of all when no year is asked, that has begun by `today` (the
 * county's local date) — the
 * quarter a leader means by "this quarter". Null when no period fits.
 *
 * @example choosePeriod(opened, { year: 2024, quarter: null }, '2024-11-26') // 2024's latest begun quarter
 */
export function choosePeriod(
  opened: readonly OpenedPeriod[],
  wanted: { year: number | null; quarter: number | null },
  today: IsoDate,
): OpenedPeriod | null {
  const inYear = wanted.year === null ? opened : opened.filter((p) => p.year === wanted.year);
  if (wanted.quarter !== null) return inYear.find((p) => quarterOf(p.key) === wanted.quarter) ?? null;
  const begun = inYear.filter((p) => p.start <= today);
  const sorted = [...(begun.length > 0 ? begun : inYear)].sort((a, b) => a.start.localeCompare(b.start));
  return sorted.at(-1) ?? null;
}
