// `npm run bench [-- --quick] [--counties N] [--seed S] [--duration S] [--out FILE]`
// Measures Luoshi against the ceilings of its own stack and writes bench/results.json
// (docs/performance.md). PostgreSQL figures need DATABASE_URL; PGlite figures are always taken.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseKind } from '../src/db/database';
import { benchCircular, benchDocuments, type CircularFigure } from './documents.bench';
import { benchEngine, type EngineRun } from './engine.bench';
import { isMissing, missing, type Missing } from './lib/figure';
import { installInterruptHandler } from './lib/interrupt';
import { BENCH_PASSWORD, benchSettings, PLAN_START_YEAR } from './lib/settings';
import { signIn } from './http/sign-in';
import { benchParser } from './parser.bench';
import { describeMachine, loadAverage1m } from './report/machine';
import { ENGINES, writeResults, type BenchResults } from './report/results';
import { formatResults } from './report/table';
import { COCKPIT_DRAWN, COUNTY_NETWORK, measureFirstRender, type FirstRender, type NetworkConditions } from './web/first-render';
import { benchWebSize, webRoot } from './web/web-size';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    counties: { type: 'string' },
    seed: { type: 'string' },
    duration: { type: 'string' },
    out: { type: 'string', default: path.join(import.meta.dirname, 'results.json') },
    'log-level': { type: 'string', default: 'info' },
  },
});
const positive = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const logLevel = values['log-level'];
if (logLevel !== 'info' && logLevel !== 'warn' && logLevel !== 'silent') throw new Error('--log-level must be info, warn or silent');
const counties = positive('counties', values.counties);
if (counties !== undefined && !Number.isInteger(counties)) throw new Error('--counties must be a whole number');
const settings = benchSettings({ quick: values.quick, counties, seed: values.seed, durationS: positive('duration', values.duration) });

const adminUrl = process.env.DATABASE_URL || null;
const started = performance.now();
const startedAt = new Date().toISOString();
const log = (line: string) => process.stdout.write(`${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}\n`);
installInterruptHandler();

log(`Luoshi bench (${settings.quick ? 'quick' : 'full'}): ${settings.counties} counties (${settings.pgliteCounties} on PGlite), ${settings.httpDurationS} s per route`);
const machine = await describeMachine(adminUrl);
log('Parser...');
const parser = await benchParser();
log('Documents...');
const documents = await benchDocuments(settings.documentRuns);
log('Web build...');
const webSize = await benchWebSize(log);
const servedWebRoot = webSize.build === 'failed' ? null : webRoot;

/** The circular measured: the third plan year's Q3, closed by the data's date (DATA_AS_OF, 1 December). */
const CIRCULAR_PERIOD = `${PLAN_START_YEAR + 2}Q3`;
const engines: Partial<Record<DatabaseKind, EngineRun | Missing>> = {};
const circulars: Partial<Record<DatabaseKind, CircularFigure | Missing>> = {};
const browser: { loginRender: FirstRender | Missing | null; cockpitRender: FirstRender | Missing | null; cockpitRenderCounty: FirstRender | Missing | null } = {
  loginRender: null,
  cockpitRender: null,
  cockpitRenderCounty: null,
};
for (const kind of ENGINES) {
  if (kind === 'postgres' && !adminUrl) {
    engines[kind] = missing('DATABASE_URL is not set: PostgreSQL was not measured');
    continue;
  }
  machine.loadAverage1mAt[kind] = loadAverage1m();
  log(`HTTP on ${kind}...`);
  engines[kind] = await benchEngine(kind, {
    adminUrl,
    settings,
    webRoot: servedWebRoot,
    logLevel,
    log,
    // The browser figure once, on the first engine measured (the page barely touches the database).
    whileServing: async (server, county) => {
      log('  quarterly circular (.docx) of the first county...');
      const office = await signIn(server.url, county.officeLogin, BENCH_PASSWORD);
      circulars[kind] = await benchCircular(server.url, office, county.planId, CIRCULAR_PERIOD, settings.documentRuns);
      if (browser.loginRender) return;
      log('  login page in Chromium...');
      browser.loginRender = servedWebRoot ? await measureFirstRender(`${server.url}/`, '[data-testid="login-page"]', settings.pageLoads) : missing('the web app did not build');
      // The cockpit, signed in as the county's office: until its quarter-by-quarter chart is drawn.
      log('  cockpit page in Chromium...');
      const session = { login: county.officeLogin, password: BENCH_PASSWORD };
      const cockpit = (network?: NetworkConditions) =>
        servedWebRoot ? measureFirstRender(`${server.url}/cockpit`, COCKPIT_DRAWN, settings.pageLoads, session, network) : Promise.resolve(missing('the web app did not build'));
      browser.cockpitRender = await cockpit();
      log('  cockpit page in Chromium on a county network (80 ms, 10 Mbit/s)...');
      browser.cockpitRenderCounty = await cockpit(COUNTY_NETWORK);
    },
  });
}

machine.loadAverage1mAt.end = loadAverage1m();

const perEngine = <T>(pick: (run: EngineRun) => T): Record<DatabaseKind, T | Missing> =>
  Object.fromEntries(ENGINES.map((kind) => {
    const run = engines[kind]!;
    return [kind, isMissing(run) ? run : pick(run)];
  })) as Record<DatabaseKind, T | Missing>;

const initialJs = webSize.initialJs;
const loginRender = browser.loginRender ?? missing('no server ran');
const cockpitRender = browser.cockpitRender ?? missing('no server ran');
/** A first-render figure's details beside its median: the first load, how many, which Chromium. */
const renderDetails = (render: FirstRender) => ({ firstMs: render.firstMs, loads: render.loads, chromium: render.chromium });
const cockpitRenderCounty = browser.cockpitRenderCounty ?? missing('no server ran');
const results: BenchResults = {
  version: 1,
  mode: settings.quick ? 'quick' : 'full',
  startedAt,
  durationS: Math.round((performance.now() - started) / 1000),
  settings: { ...settings, logLevel },
  machine,
  data: perEngine((run) => run.data),
  http: perEngine((run) => run.http.routes),
  burst: perEngine((run) => run.http.burst),
  parser,
  documents: {
    ...documents,
    quarterlyCircularDocx: Object.fromEntries(
      ENGINES.map((kind) => {
        const run = engines[kind];
        return [kind, circulars[kind] ?? (run && isMissing(run) ? run : missing('no server ran'))];
      }),
    ) as Record<DatabaseKind, CircularFigure | Missing>,
  },
  web: {
    build: webSize.build,
    initialJsGzipKb: isMissing(initialJs) ? initialJs : initialJs.gzipKb,
    initialJsKb: isMissing(initialJs) ? initialJs : initialJs.kb,
    initialJsFiles: isMissing(initialJs) ? [] : initialJs.files,
    cockpitFirstRenderMs: isMissing(cockpitRender) ? cockpitRender : cockpitRender.ms,
    cockpitFirstRender: isMissing(cockpitRender) ? cockpitRender : renderDetails(cockpitRender),
    cockpitFirstRenderCountyNetworkMs: isMissing(cockpitRenderCounty) ? cockpitRenderCounty : cockpitRenderCounty.ms,
    cockpitFirstRenderCountyNetwork: isMissing(cockpitRenderCounty) ? cockpitRenderCounty : { ...renderDetails(cockpitRenderCounty), network: COUNTY_NETWORK },
    loginFirstRenderMs: isMissing(loginRender) ? loginRender : loginRender.ms,
    loginFirstRender: isMissing(loginRender) ? loginRender : renderDetails(loginRender),
  },
  memory: perEngine((run) => run.http.memory),
};
writeResults(values.out, results);
log(formatResults(results));
log(`Written to ${path.relative(process.cwd(), values.out)}`);
