import { addDays, daysInMonth, isoDate, startOfDay, type IsoDate } from './calendar';

/**
 * Reporting periods and their deadlines, from a plan's reporting rule. Helan's rule: every
 * quarter, before the 20th of the quarter's last month (每季度末20日前), to the office.
 */
export type ReportingCadence = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';

export interface ReportingRule {
  cadence: ReportingCadence;
  /** Day of the due month; a day past the month's end means its last day. */
  dueDay: number;
  /** The period's last month (季度末), or the first month after the period (次月). */
  dueMonth: 'last' | 'next_first';
  /** Days after the due date during which a report still counts as on time. */
  graceDays: number;
  timeZone: string;
}

export const DEFAULT_REPORTING_RULE: ReportingRule = {
  cadence: 'quarterly',
  dueDay: 20,
  dueMonth: 'last',
  graceDays: 0,
  timeZone: 'Asia/Shanghai',
};

export interface Period {
  /** Stable key: 2024Q1, 2024M03, 2024H1, 2024. */
  key: string;
  year: number;
  start: IsoDate;
  end: IsoDate;
  /** Reports are due by the end of this local day. */
  dueDate: IsoDate;
  /** The first instant after the deadline (with grace): a report at or after it is late. */
  lateAfter: Date;
}

const MONTHS_PER_PERIOD: Record<ReportingCadence, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

function keyOf(cadence: ReportingCadence, year: number, index: number): string {
  switch (cadence) {
    case 'monthly':
      return `${year}M${String(index).padStart(2, '0')}`;
    case 'quarterly':
      return `${year}Q${index}`;
    case 'half_yearly':
      return `${year}H${index}`;
    case 'yearly':
      return `${year}`;
  }
}

/** The periods of one year, in order. */
export function periodsOfYear(rule: ReportingRule, year: number): Period[] {
  const length = MONTHS_PER_PERIOD[rule.cadence];
  return Array.from({ length: 12 / length }, (_, i) => {
    const firstMonth = i * length + 1;
    const lastMonth = firstMonth + length - 1;
    const [dueYear, dueMonth] = rule.dueMonth === 'last' ? [year, lastMonth] : lastMonth === 12 ? [year + 1, 1] : [year, lastMonth + 1];
    const dueDate = isoDate(dueYear, dueMonth, Math.min(rule.dueDay, daysInMonth(dueYear, dueMonth)));
    return {
      key: keyOf(rule.cadence, year, i + 1),
      year,
      start: isoDate(year, firstMonth, 1),
      end: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
      dueDate,
      lateAfter: startOfDay(addDays(dueDate, 1 + rule.graceDays), rule.timeZone),
    };
  });
}

/** Every period of the plan's years. */
export function periodsOfPlan(rule: ReportingRule, startYear: number, endYear: number): Period[] {
  const periods: Period[] = [];
  for (let year = startYear; year <= endYear; year++) periods.push(...periodsOfYear(rule, year));
  return periods;
}

/** Finds a period by key (2024Q4), or undefined. */
export function periodByKey(rule: ReportingRule, key: string): Period | undefined {
  const year = Number(key.slice(0, 4));
  return Number.isInteger(year) ? periodsOfYear(rule, year).find((p) => p.key === key) : undefined;
}
