import { isMissing, missing, type Missing } from '../lib/figure';
import { round } from '../lib/stats';
import type { BenchServer } from '../server/bench-server';
import { burstSubmissions, type BurstFigures } from './burst';
import { loadRoute, type LoadFigures, type LoadOptions } from './load';
import { BURST_SIZE, MEASURED_ROUTES, MISSING_ROUTES, type Caller, type RouteTarget } from './routes';
import { submitWhile, type BackgroundWrites } from './submit-while';
import type { Submission } from './submission-pool';
import { loadSubmissions, type SubmitFigures } from './submit-load';

export interface RouteFigures extends LoadFigures, Partial<Pick<SubmitFigures, 'stoppedEarly' | 'durationS'>> {
  path: string;
  ratioToFramework: number;
  ratioToDatabase: number;
  /** Read routes: the size of one response body, for scale. */
  responseBytes?: number;
  /** How long the server took after the run to finish the requests the load generator gave up on. */
  drainMs: number;
  /** Submissions: what the database holds afterwards for the drafts used. */
  rowsVerified?: { submitted: number; versions: number };
  /** A read route measured while reports were being submitted in the background. */
  writes?: BackgroundWrites & { everyMs: number };
}

/** The cockpit measured while county 1's units submit: one every WRITE_EVERY_MS, from at most WRITER_DRAFTS drafts. */
const WRITE_EVERY_MS = 100;
const WRITER_DRAFTS = 200;
type Measured = Omit<RouteFigures, 'ratioToFramework' | 'ratioToDatabase'>;

export interface EngineHttp {
  routes: Record<string, RouteFigures | Missing>;
  burst: BurstFigures | Missing;
  /** Server RSS in MB: after start-up, then after each run. */
  memory: Record<string, number>;
}

export interface HttpTargets extends RouteTarget {
  /** Sessions to request as, one per connection (bench/lib/bench-database.ts). */
  readers: { office: readonly string[]; reporter: readonly string[] };
  /** Drafts of the quarter in progress, each with its reporter's session. */
  submissions: readonly Submission[];
}

/** One request before the load, so a broken route fails loudly instead of measuring 401s. */
async function probe(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
  return body.byteLength;
}

const describe = (f: LoadFigures) => `${String(f.rps).padStart(6)} req/s  p50 ${f.p50Ms ?? '—'} ms  p99 ${f.p99Ms ?? '—'} ms${f.errors ? `  ${f.errors} errors` : ''}`;

/** The read routes, in order (the ceilings first). */
async function benchReads(server: BenchServer, targets: HttpTargets, load: LoadOptions, memory: Record<string, number>, log: (line: string) => void) {
  const cookies: Record<Caller, readonly string[]> = { anonymous: [], ...targets.readers };
  const measured: Record<string, Measured> = {};
  for (const route of MEASURED_ROUTES) {
    const path = route.path(targets);
    const sessions = cookies[route.caller];
    const responseBytes = await probe(server.url + path, sessions[0] ? { cookie: sessions[0] } : {});
    const figures = await loadRoute(server.url + path, { ...load, cookies: sessions, settle: server.settle });
    const drainMs = await server.settle();
    measured[route.key] = { path, responseBytes, ...figures, drainMs };
    memory[route.key] = await server.rssMb();
    log(`    ${route.key.padEnd(14)} ${describe(figures)}${drainMs > 500 ? `  (${drainMs} ms to drain)` : ''}`);
  }
  return { measured };
}

/**
 * Every route against one running server, each with its ratio to both ceilings from this same
 * run; then the submission route and the burst on drafts kept apart for each; the server's RSS
 * after each run.
 */
export async function benchHttp(server: BenchServer, targets: HttpTargets, load: LoadOptions, log: (line: string) => void): Promise<EngineHttp> {
  const memory: Record<string, number> = { startup: await server.rssMb() };
  const { measured } = await benchReads(server, targets, load, memory, log);

  // The cockpit again, while county 1's units submit reports one every 100 ms: each submission
  // moves the plan's data version, so requests find the data changed and compute afresh. Its
  // drafts are kept apart from the submission route's and the burst's.
  const writerDrafts = targets.submissions.filter((s) => s.planId === targets.planId).slice(0, WRITER_DRAFTS);
  const cockpit = MEASURED_ROUTES.find((r) => r.key === 'cockpit')!;
  const stopWriting = submitWhile(server.url, writerDrafts, WRITE_EVERY_MS);
  const whileWriting = await loadRoute(server.url + cockpit.path(targets), { ...load, cookies: targets.readers.office, settle: server.settle });
  const writes = await stopWriting();
  measured.cockpitWrites = { path: `${cockpit.path(targets)} (while submitting)`, ...whileWriting, drainMs: await server.settle(), writes: { ...writes, everyMs: WRITE_EVERY_MS } };
  memory.cockpitWrites = await server.rssMb();
  log(`    ${'cockpit+writes'.padEnd(14)} ${describe(whileWriting)}  (${writes.submitted} reports submitted meanwhile)`);

  const used = new Set(writerDrafts.map((d) => d.reportId));
  const pool = targets.submissions.filter((s) => !used.has(s.reportId));
  const forRoute = pool.slice(0, Math.max(0, pool.length - BURST_SIZE));
  const forBurst = pool.slice(forRoute.length);
  const submit = await loadSubmissions(server.url, forRoute, { ...load, warmUpRequests: Math.min(300, Math.floor(forRoute.length / 10)), settle: server.settle });
  const drainMs = await server.settle();
  measured.submitReport = {
    path: 'POST /api/reports/:id/submit',
    ...submit.figures,
    drainMs,
    rowsVerified: await server.countSubmitted(submit.used.map((s) => s.reportId)),
  };
  memory.submitReport = await server.rssMb();
  log(`    ${'submitReport'.padEnd(14)} ${describe(submit.figures)}${submit.figures.stoppedEarly ? `  (every draft used after ${submit.figures.durationS} s)` : ''}`);

  const burst: BurstFigures | Missing =
    forBurst.length === BURST_SIZE ? await burstSubmissions(server.url, forBurst, (ids) => server.countSubmitted(ids)) : missing(`only ${forBurst.length} drafts for a burst of ${BURST_SIZE}: generate more counties`);
  memory.burst = await server.rssMb();
  if (!isMissing(burst)) log(`    ${'burst'.padEnd(14)} ${burst.submissions} at once: p50 ${burst.p50Ms} ms  p99 ${burst.p99Ms} ms  ${burst.errors} errors  ${burst.rowsVerified.submitted} rows verified`);

  const framework = measured.framework!.rps;
  const database = measured.database!.rps;
  const routes: Record<string, RouteFigures | Missing> = {};
  for (const [key, figures] of Object.entries(measured)) {
    routes[key] = { ...figures, ratioToFramework: round(figures.rps / framework, 3), ratioToDatabase: round(figures.rps / database, 3) };
  }
  for (const [key, reason] of Object.entries(MISSING_ROUTES)) routes[key] = missing(reason);
  return { routes, burst, memory };
}
