import type { Database } from '../../src/db/database';
import { createStore } from '../../src/db/store';
import { hashPassword } from '../../src/services/auth/password-hash';
import { forEachConcurrently } from '../lib/concurrency';
import { generateCounty } from './county';
import { writeHistory, type HistoryCounts } from '../../src/services/demo/history/generate-history';
import { writeIndicatorValues } from '../../src/services/demo/history/indicator-values';
import { writeNotices, type NoticeCounts } from '../../src/services/demo/history/notices';
import { loadCounty, type LoadedCounty } from './load-county';

export interface GenerateOptions {
  counties: number;
  seed: string | number;
  /** The plans' first year; they run three years, like Helan's 2023-2025. */
  startYear: number;
  /** The password of every synthetic account. */
  password: string;
  /** When the accounts' passwords were set (the password age policy counts from it). */
  now: Date;
  /** The moment the history describes: quarters before it are reported, its own is in progress. */
  asOf: Date;
  onCounty?: (done: number, total: number) => void;
}

export interface GeneratedData {
  counties: LoadedCounty[];
  totals: { counties: number; units: number; accounts: number; tasks: number; taskUnits: number; indicators: number; findings: number };
  /**
   * Quarterly reporting (periods, obligations, reports with progress on task targets, submitted
   * versions) and yearly indicator actual values.
   */
  history: HistoryCounts & { indicatorValues: number; notices: NoticeCounts };
  ms: number;
}

/**
 * Fills an empty, migrated database with `counties` synthetic counties for `seed`: each with its
 * units, accounts, a Helan-shaped plan imported through the real services, three years of
 * quarterly reports, yearly indicator actual values and supervision notices. The same seed gives the same data (ids and timestamps of creation aside).
 */
export async function generateData(database: Database, options: GenerateOptions): Promise<GeneratedData> {
  const started = performance.now();
  const store = createStore(database);
  const passwordHash = await hashPassword(options.password);
  const counties: LoadedCounty[] = [];
  const history: HistoryCounts = { periods: 0, obligations: 0, reports: 0, versions: 0 };
  let indicatorValues = 0;
  const notices: NoticeCounts = { notices: 0, closed: 0 };
  let done = 0;
  const writeCounty = async (index: number) => {
    const spec = generateCounty(options.seed, index, { startYear: options.startYear });
    const loaded = await loadCounty(store, spec, { passwordHash, now: options.now });
    const target = { regionId: loaded.regionId, planId: loaded.planId, officeLogin: loaded.officeLogin };
    const written = await writeHistory(store, { seed: options.seed, stream: spec.index, asOf: options.asOf, userAgent: 'luoshi bench data' }, target);
    const indicators = await writeIndicatorValues(store, { seed: options.seed, stream: spec.index }, target);
    // Counted after the awaits: two counties run at once on PostgreSQL.
    for (const key of Object.keys(history) as Array<keyof HistoryCounts>) history[key] += written[key];
    indicatorValues += indicators.values;
    // Notices last, from their own stream, so the data above stays the same.
    const written2 = await writeNotices(store, { seed: options.seed, stream: spec.index, asOf: options.asOf, userAgent: 'luoshi bench data' }, target);
    notices.notices += written2.notices;
    notices.closed += written2.closed;
    counties[index] = loaded;
    options.onCounty?.((done += 1), options.counties);
  };
  // Two counties at a time on PostgreSQL: one builds its rows while the server stores the
  // other's. PGlite has one connection, so there it is one at a time.
  await forEachConcurrently(options.counties, database.kind === 'postgres' ? 3 : 1, writeCounty);
  const sum = (key: keyof LoadedCounty['counts']) => counties.reduce((total, c) => total + c.counts[key], 0);
  return {
    counties,
    totals: {
      counties: counties.length,
      units: sum('units'),
      accounts: sum('accounts'),
      tasks: sum('tasks'),
      taskUnits: sum('taskUnits'),
      indicators: sum('indicators'),
      findings: sum('findings'),
    },
    history: { ...history, indicatorValues, notices },
    ms: performance.now() - started,
  };
}
