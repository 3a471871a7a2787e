/** YYYY-MM-DD for a real calendar date, else null. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_PATTERN = /((?:19|20|21)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?/;

/** The first date in a text, written 2024-01-08, 2024/1/8, 2024.1.8 or 2024年1月5日, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  return toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** True when the whole line is a date, as a signature block's date line is (2024年1月5日). */
export function isDateLine(line: string): boolean {
  return /^\s*(?:19|20|21)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/.test(line);
}
