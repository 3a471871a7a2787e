import type { Store } from '../../src/db/store';
import type { LoadedCounty } from '../synthetic/load-county';
import { newSessionCookie } from './sessions';

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
 * reporter (bench/http/sessions.ts). Interleaved across counties so concurrent submissions
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
      const cookie = await newSessionCookie(repos, reporterOf.get(unitId)!, now);
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
