import { startOfCountyDay } from '../../shared/format/date-time';
import type { AuditOutcome } from './audit-types';

/** The filter bar's applied values. Days are calendar days (`YYYY-MM-DD`) in Beijing time. */
export interface AuditFilters {
  days?: readonly [string, string];
  login?: string;
  /** An action or an action prefix (`account.`). */
  action?: string;
  outcome?: AuditOutcome;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** The server's largest page. */
export const MAX_AUDIT_PAGE_SIZE = 200;

/**
 * The query string of GET /api/audit (with a page) and /api/audit/export (without). A range of
 * days runs from the first day's Beijing midnight up to, not including, the midnight after the
 * last day (the server's `to` is exclusive). Empty filters are left out.
 *
 * @example auditQueryString({ days: ['2025-03-20', '2025-03-20'] }) // 'from=2025-03-19T16%3A00%3A00.000Z&to=2025-03-20T16%3A00%3A00.000Z'
 */
export function auditQueryString(filters: AuditFilters, page?: PageRequest): string {
  const params = new URLSearchParams();
  if (filters.days) {
    const [first, last] = filters.days[0] <= filters.days[1] ? filters.days : [filters.days[1], filters.days[0]];
    params.set('from', startOfCountyDay(first));
    params.set('to', startOfCountyDay(last, 1));
  }
  const login = filters.login?.trim();
  if (login) params.set('login', login);
  if (filters.action) params.set('action', filters.action);
  if (filters.outcome) params.set('outcome', filters.outcome);
  if (page) {
    params.set('page', String(Math.max(1, Math.floor(page.page))));
    params.set('pageSize', String(Math.min(MAX_AUDIT_PAGE_SIZE, Math.max(1, Math.floor(page.pageSize)))));
  }
  return params.toString();
}

/**
 * A record's details as indented JSON for the expanded row; '' when there are none.
 *
 * @example formatDetails({ reason: 'wrong_password' }) // '{\n  "reason": "wrong_password"\n}'
 */
export function formatDetails(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details === 'object' && Object.keys(details).length === 0) return '';
  return JSON.stringify(details, null, 2);
}
