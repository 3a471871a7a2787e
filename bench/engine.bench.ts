import type { DatabaseKind } from '../src/db/database';
import { benchHttp, type EngineHttp } from './http/http-bench';
import { prepareBenchDatabase } from './lib/bench-database';
import { BENCH_PASSWORD, DATA_AS_OF, PLAN_START_YEAR, type BenchSettings } from './lib/settings';
import { round } from './lib/stats';
import type { DataFigures } from './report/results';
import { launchBenchServer, type BenchServer } from './server/bench-server';

export interface EngineRun {
  data: DataFigures;
  http: EngineHttp;
}

/**
 * One database engine end to end: a database of the benchmark's own filled with synthetic
 * counties, a server process over it, every HTTP route under load, then both thrown away.
 * `whileServing` runs against the same server before it stops (the browser figures).
 */
export async function benchEngine(
  kind: DatabaseKind,
  options: {
    adminUrl: string | null;
    settings: BenchSettings;
    webRoot: string | null;
    logLevel: 'info' | 'warn' | 'silent';
    log: (line: string) => void;
    whileServing?: (server: BenchServer, county: { officeLogin: string; planId: string }) => Promise<void>;
  },
): Promise<EngineRun> {
  const { settings, log } = options;
  const counties = kind === 'pglite' ? settings.pgliteCounties : settings.counties;
  log(`  ${kind}: generating ${counties} counties (the server process loads meanwhile)...`);
  const launched = launchBenchServer();
  try {
    const database = await prepareBenchDatabase(kind, options.adminUrl, {
      counties,
      seed: settings.seed,
      startYear: PLAN_START_YEAR,
      password: BENCH_PASSWORD,
      now: DATA_AS_OF,
      asOf: DATA_AS_OF,
    }, settings.connections);
    try {
      const { data } = database;
      log(`  ${kind}: ${data.totals.counties} counties in ${(data.ms / 1000).toFixed(1)} s; starting the server...`);
      const server = await launched.start({ database: database.options, webRoot: options.webRoot, logLevel: options.logLevel, clockStart: DATA_AS_OF.toISOString() });
      const first = data.counties[0]!;
      const http = await benchHttp(
        server,
        {
          planId: first.planId,
          unitId: first.busiestReporter.unitId,
          readers: database.readers,
          submissions: database.submissions,
        },
        { durationS: settings.httpDurationS, warmUpS: settings.warmUpS, connections: settings.connections },
        log,
      );
      await options.whileServing?.(server, { officeLogin: first.officeLogin, planId: first.planId });
      return {
        data: {
          ...data.totals,
          setupMs: Math.round(database.setupMs),
          generateMs: Math.round(data.ms),
          msPerCounty: round(data.ms / data.totals.counties, 0),
          history: data.history,
        },
        http,
      };
    } finally {
      // The server first: it holds the database open.
      await launched.stop();
      await database.dispose();
    }
  } finally {
    await launched.stop(); // when the database could not be prepared
  }
}
