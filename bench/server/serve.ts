// The server under test, in its own process (forked by bench-server.ts) so the load generator
// never shares its event loop. It is Luoshi's app as server.ts builds it, plus two ceiling
// routes on the same instance: the same plugins, hooks and logger, so a ratio to a ceiling is
// the cost of what a route does, not of a different setup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/db/database';
import { createStore } from '../../src/db/store';
import { buildApp } from '../../src/http/app';
import { LocalDiskBlobStore } from '../../src/storage/local-disk-blob-store';
import type { ServerConfig, ServerMessage, ParentMessage } from './protocol';

if (!process.send) throw new Error('serve.ts is started by bench-server.ts (fork with an IPC channel)');
const send = (message: ServerMessage) => process.send!(message);

// Loading is done while the parent still fills the database; then it says what to serve.
const config = await new Promise<ServerConfig>((resolve) => {
  const onStart = (message: ParentMessage) => {
    if (message.type !== 'start') return;
    process.off('message', onStart);
    resolve(message.config);
  };
  process.on('message', onStart);
  send({ type: 'loaded' });
});

const database = await openDatabase(config.database);
const store = createStore(database);
// Evidence files: none are uploaded by the benchmark, but the app needs a store for them.
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-bench-files-'));
// The synthetic data describes a moment in its plans' last quarter; the server lives then.
const offsetMs = config.clockStart ? Date.parse(config.clockStart) - Date.now() : 0;
const app = await buildApp({
  store,
  clock: () => new Date(Date.now() + offsetMs),
  blobs: new LocalDiskBlobStore(filesDir),
  webRoot: config.webRoot,
  secureCookies: 'auto',
  trustProxy: false,
  // server.ts's logger: requests are logged at info; the bench sends stdout to /dev/null.
  logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] },
});

/** The framework ceiling: a route that does nothing. */
app.get('/bench/framework', { schema: { hide: true } }, async () => ({ ok: true }));

/** The database ceiling: one SELECT of a user by its primary key, through Kysely. */
const someUser = await database.db.selectFrom('users').select('id').orderBy('login').limit(1).executeTakeFirstOrThrow();
app.get('/bench/database', { schema: { hide: true } }, async () =>
  database.db.selectFrom('users').select(['id', 'login', 'display_name']).where('id', '=', someUser.id).executeTakeFirstOrThrow(),
);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await app.close();
  await database.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
// The parent is gone (crashed or killed): do not outlive it.
process.on('disconnect', () => void stop());

/** What a batch of submissions left in the database, for the parent to verify. */
async function countSubmitted(reportIds: string[]): Promise<ServerMessage> {
  if (reportIds.length === 0) return { type: 'submitted', submitted: 0, versions: 0 };
  const [reports, versions] = await Promise.all([
    database.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', reportIds).where('status', '=', 'submitted').executeTakeFirstOrThrow(),
    database.db.selectFrom('report_versions').select((eb) => eb.fn.countAll<number>().as('n')).where('report_id', 'in', reportIds).executeTakeFirstOrThrow(),
  ]);
  return { type: 'submitted', submitted: Number(reports.n), versions: Number(versions.n) };
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'rss') send({ type: 'rss', rssBytes: process.memoryUsage().rss });
  if (message.type === 'countSubmitted') void countSubmitted(message.reportIds).then(send);
});

await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
send({ type: 'ready', port: address.port });
