import type { Store } from '../../src/db/store';
import { DEFAULT_SECURITY_POLICY, sessionExpiresAt } from '../../src/domain/auth/security-policy';
import { SESSION_COOKIE } from '../../src/http/authentication';
import { newSessionToken, sessionIdOf } from '../../src/services/auth/session-token';
import type { LoadedCounty } from '../synthetic/load-county';

/** One submission a benchmark can make: a draft, its version, and its unit reporter's session. */
export interface Submission {
  planId: string;
  reportId: string;
  path: string;
  body: string;
  cookie: string;
}

/**
 * Every draft of the quarter in progress, ready to submit, with a session for each unit's
 * reporter made as sign-in makes one (there are thousands of units: signing each in over HTTP
 * would meet the login rate limit). Interleaved across counties so concurrent submissions
 * come from different units, as in a real deadline rush.
 */
export async function prepareSubmissions(store: Store, counties: readonly LoadedCounty[], now: Date): Promise<Submission[]> {
  const { repos } = store;
  const perCounty: Submission[][] = [];
  for (const county of counties) {
    const accounts = await repos.users.list({ regionId: county.regionId });
    const reporterOf = new Map(accounts.filter((a) => a.roles.includes('unit_reporter') && a.unit_id).map((a) => [a.unit_id!, a.id]));
    const cookies = new Map<string, string>();
    const cookieOf = async (unitId: string) => {
      const known = cookies.get(unitId);
      if (known) return known;
      const token = newSessionToken();
      await repos.sessions.insert({ id: sessionIdOf(token), userId: reporterOf.get(unitId)!, now, expiresAt: sessionExpiresAt(now, DEFAULT_SECURITY_POLICY), ip: '127.0.0.1', userAgent: 'luoshi bench' });
      const cookie = `${SESSION_COOKIE}=${token}`;
      cookies.set(unitId, cookie);
      return cookie;
    };
    const submissions: Submission[] = [];
    for (const period of (await repos.reporting.listPeriods(county.planId)).filter((p) => p.status === 'open')) {
      for (const report of await repos.reporting.listReportsOfPeriod(period.id)) {
        if (report.status !== 'draft') continue;
        submissions.push({
          planId: county.planId,
          reportId: report.id,
          path: `/api/reports/${report.id}/submit`,
          body: JSON.stringify({ version: report.version }),
          cookie: await cookieOf(report.unit_id),
        });
      }
    }
    perCounty.push(submissions);
  }
  const longest = Math.max(0, ...perCounty.map((list) => list.length));
  return Array.from({ length: longest }, (_, i) => perCounty.flatMap((list) => (i < list.length ? [list[i]!] : []))).flat();
}
