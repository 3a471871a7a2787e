// `npm run bench:data -- --counties 100 [--seed luoshi] [--out DIR | --database-url URL] [--texts DIR]`
// Fills a new embedded database (default bench/data/pglite-<seed>-<counties>) or an empty
// PostgreSQL database you name with synthetic counties, and prints how long it took.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type DatabaseOptions } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { createStore } from '../src/db/store';
import { BENCH_PASSWORD, DATA_AS_OF, DEFAULT_SEED, PLAN_START_YEAR } from './lib/settings';
import { generateCounty } from './synthetic/county';
import { generateData } from './synthetic/generate';
import { renderPlanText } from './synthetic/plan-text';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '10' },
    seed: { type: 'string', default: DEFAULT_SEED },
    out: { type: 'string' },
    'database-url': { type: 'string' },
    texts: { type: 'string' },
    password: { type: 'string', default: BENCH_PASSWORD },
  },
});

const counties = Number(values.counties);
if (!Number.isInteger(counties) || counties < 1 || counties > 10_000) throw new Error('--counties must be an integer from 1 to 10000');
const seed = values.seed;

// Only an explicitly named PostgreSQL database is written to, never DATABASE_URL from the environment.
const target: DatabaseOptions = values['database-url']
  ? { kind: 'postgres', url: values['database-url'] }
  : { kind: 'pglite', dataDir: path.resolve(values.out ?? path.join(import.meta.dirname, 'data', `pglite-${seed}-${counties}`)) };

if (values.texts) {
  fs.mkdirSync(values.texts, { recursive: true });
  for (let index = 0; index < counties; index += 1) {
    const county = generateCounty(seed, index, { startYear: PLAN_START_YEAR });
    fs.writeFileSync(path.join(values.texts, `${county.region.code}-${county.region.name}.txt`), renderPlanText(county.plan));
  }
}

const database = await openDatabase(target);
try {
  await migrateToLatest(database.db);
  if ((await createStore(database).repos.org.countRegions()) > 0) throw new Error('the target database already holds data: give an empty one');
  const data = await generateData(database, {
    counties,
    seed,
    startYear: PLAN_START_YEAR,
    password: values.password,
    now: new Date(),
    asOf: DATA_AS_OF,
    onCounty: (done, total) => {
      if (done % 10 === 0 || done === total) process.stdout.write(`  ${done}/${total} counties\n`);
    },
  });
  const where = target.kind === 'pglite' ? target.dataDir : '(the PostgreSQL database given)';
  const { notices, ...history } = data.history;
  console.log(JSON.stringify({ engine: target.kind, seed, ...data.totals, ...history, notices: notices.notices, closedNotices: notices.closed, ms: Math.round(data.ms) }));
  console.log(`${counties} counties in ${(data.ms / 1000).toFixed(1)} s on ${target.kind}: ${where}`);
  console.log(`Accounts: c001.office, c001.leader, c001.u01 ... (password ${values.password}).`);
} finally {
  await database.close();
}
