// `npx tsx bench/cockpit.bench.ts [--counties 100] [--duration 10] [--engine postgres|pglite]`
// The cockpit route alone under load, next to the ceilings of the same run (an empty route, one
// SELECT, session resolution): a focused run when the whole `npm run bench` is too long. Last,
// the cockpit while the county's units submit reports (one every 100 ms), so that each request
// may find the data changed and compute afresh: a deadline day.
// PostgreSQL needs DATABASE_URL (a database is created beside it and dropped afterwards).
import { parseArgs } from 'node:util';
import { loadRoute, type LoadFigures } from './http/load';
import { submitWhile } from './http/submit-while';
import { prepareBenchDatabase } from './lib/bench-database';
import { installInterruptHandler } from './lib/interrupt';
import { BENCH_PASSWORD, DATA_AS_OF, DEFAULT_SEED, PLAN_START_YEAR } from './lib/settings';
import { launchBenchServer } from './server/bench-server';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    engine: { type: 'string', default: 'postgres' },
    connections: { type: 'string', default: '50' },
  },
});
const kind = values.engine === 'pglite' ? 'pglite' : 'postgres';
const adminUrl = process.env.DATABASE_URL || null;
if (kind === 'postgres' && !adminUrl) throw new Error('set DATABASE_URL for PostgreSQL');
installInterruptHandler();

const log = (line: string) => process.stdout.write(`${line}\n`);
const show = (key: string, f: LoadFigures) => log(`${key.padEnd(10)} ${String(f.rps).padStart(7)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  errors ${f.errors}`);

const launched = launchBenchServer();
const database = await prepareBenchDatabase(kind, adminUrl, {
  counties: Number(values.counties),
  seed: DEFAULT_SEED,
  startYear: PLAN_START_YEAR,
  password: BENCH_PASSWORD,
  now: DATA_AS_OF,
  asOf: DATA_AS_OF,
}, Number(values.connections));
try {
  log(`${kind}: ${database.data.totals.counties} counties, ${database.data.history.reports} reports in ${(database.data.ms / 1000).toFixed(1)} s`);
  const server = await launched.start({ database: database.options, webRoot: null, logLevel: 'silent', clockStart: DATA_AS_OF.toISOString() });
  const county = database.data.counties[0]!;
  const load = { durationS: Number(values.duration), warmUpS: 2, connections: Number(values.connections), settle: server.settle };
  const { office } = database.readers;
  const routes: Array<[string, string, readonly string[]]> = [
    ['framework', '/bench/framework', []],
    ['database', '/bench/database', []],
    ['me', '/api/auth/me', office],
    ['cockpit', `/api/plans/${county.planId}/cockpit`, office],
    ['cockpitQ', `/api/plans/${county.planId}/cockpit?year=2024&quarter=3&unitKind=township`, office],
  ];
  for (const [key, path, cookies] of routes) {
    const probe = await fetch(server.url + path, { headers: cookies[0] ? { cookie: cookies[0] } : {} });
    const bytes = (await probe.arrayBuffer()).byteLength;
    if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}`);
    show(key, await loadRoute(server.url + path, { ...load, cookies }));
    if (key.startsWith('cockpit')) log(`           ${bytes} bytes a response`);
    await server.settle();
  }
  const path = `/api/plans/${county.planId}/cockpit`;
  const stop = submitWhile(server.url, database.submissions.filter((d) => d.planId === county.planId), 100);
  show('cockpitW', await loadRoute(server.url + path, { ...load, cookies: office }));
  const writes = await stop();
  log(`           while ${writes.submitted} reports were submitted (${writes.refused} refused)`);
} finally {
  await launched.stop();
  await database.dispose();
}
