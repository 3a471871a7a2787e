/**
 * The county's time zone. Times are shown in it whatever the browser's own zone (a laptop set to
 * UTC, a phone abroad), so every screen and every export agree on when something happened.
 */
export const COUNTY_TIME_ZONE = 'Asia/Shanghai';

let formatter: Intl.DateTimeFormat | undefined;

function partsFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: COUNTY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return formatter;
}

/**
 * An instant as `YYYY-MM-DD HH:mm:ss` in Beijing time; '' for a missing or unreadable value.
 *
 * @example formatDateTime('2025-03-20T01:30:15Z') // '2025-03-20 09:30:15'
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = partsFormatter().formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/**
 * An instant's time of day as `HH:mm` in Beijing time; '' for a missing or unreadable value.
 *
 * @example formatTime('2025-03-20T01:30:15Z') // '09:30'
 */
export function formatTime(iso: string | null | undefined): string {
  const full = formatDateTime(iso);
  return full === '' ? '' : full.slice(11, 16);
}

/**
 * The instant a calendar day (`YYYY-MM-DD`) begins in Beijing time, as ISO 8601 UTC. China has
 * had no daylight saving since 1991, so the offset is always +08:00.
 *
 * @example startOfCountyDay('2025-03-20') // '2025-03-19T16:00:00.000Z'
 */
export function startOfCountyDay(day: string, addDays = 0): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) throw new RangeError(`Not a calendar day: ${day}`);
  const [, year, month, date] = match;
  const utcMidnight = Date.UTC(Number(year), Number(month) - 1, Number(date) + addDays);
  return new Date(utcMidnight - 8 * 60 * 60 * 1000).toISOString();
}
