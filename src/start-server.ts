import fs from 'node:fs';
import path from 'node:path';
import { ensureWebBuild } from './cli/ensure-web-build';
import type { Config } from './config';
import { DatabaseUnavailableError, openDatabase, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createStore } from './db/store';
import { buildApp, LISTEN_BACKLOG } from './http/app';
import { testClockRoutes } from './http/routes/test-clock/test-clock.routes';
import { createAdjustableClock } from './adjustable-clock';
import { LocalDiskBlobStore } from './storage/local-disk-blob-store';
import { scheduleAuditPurge } from './jobs/audit-purge.job';
import { scheduleReminders } from './jobs/reminders.job';
import { scheduleStatisticsRefresh } from './jobs/statistics.job';
// supervision (issue 9)
import { scheduleNoticeReminders } from './jobs/notice-escalation.job';
import { createDingTalkRobot, createWeComRobot } from './notify/robot-webhooks';
import { createSmtpMailer } from './notify/smtp-mailer';
import { DEFAULT_SECURITY_POLICY } from './domain/auth/security-policy';
import { HELAN_PLAN_FILE } from './services/demo/helan-demo-data';
import { seedDemo, type DemoAccount } from './services/demo/seed-demo';
import { seedDemoHistory } from './services/demo/seed-demo-history';

const projectRoot = path.resolve(import.meta.dirname, '..');

/** Start-up failures an operator can fix get one line naming the setting, and exit 1. */
function fail(line: string): never {
  process.stderr.write(`luoshi: ${line}\n`);
  process.exit(1);
}

function printDemoAccounts(accounts: DemoAccount[], port: number): void {
  const lines = [
    '',
    'Luoshi demo data was created. Sign in at http://localhost:' + port + ' with one of these accounts',
    '(demo accounts; set LUOSHI_DEMO=0 for a real deployment):',
    '',
    ...accounts.map(
      (a) => `  ${a.login.padEnd(12)} ${a.password.padEnd(16)} ${a.roles.join(',').padEnd(14)} ${a.unitName ?? ''}`,
    ),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/**
 * Opens the database, migrates, seeds the demo on an empty database, makes sure the web app is
 * built, and listens; shuts down gracefully on SIGTERM/SIGINT.
 */
export async function startServer(config: Config): Promise<void> {
  // End-to-end tests only (docs/test-clock.md); the configuration refuses it in production.
  const testClock = config.testClockStart ? createAdjustableClock(config.testClockStart) : null;
  if (testClock) {
    process.stderr.write(
      `luoshi: WARNING: LUOSHI_TEST_CLOCK is set: the clock starts at ${config.testClockStart!.toISOString()} and ` +
        'PUT /api/test-clock moves it. This is for end-to-end tests only; never run a real county like this.\n',
    );
  }
  const clock = testClock?.now ?? (() => new Date());

  let database: Database;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fail(`${error.setting}: ${error.message}`);
    throw error;
  }

  await migrateToLatest(database.db);
  const store = createStore(database);
  if (config.demo.enabled) {
    const accounts = await seedDemo(store, {
      password: config.demo.password,
      plan: { fileName: HELAN_PLAN_FILE, bytes: fs.readFileSync(path.join(projectRoot, 'demo', HELAN_PLAN_FILE)) },
      now: clock(),
    });
    if (accounts) printDemoAccounts(accounts, config.port);
    // Under the test clock the e2e tests write their own history from a blank plan.
    const history = testClock ? null : await seedDemoHistory(store, { now: clock() });
    if (history) process.stdout.write(`Demo history: ${history.periods} quarters, ${history.reports} reports, ${history.indicatorValues} indicator values (${Math.round(history.ms)} ms)\n`);
  }
  await store.refreshStatistics();

  try {
    await ensureWebBuild(projectRoot, (line) => process.stdout.write(line + '\n'));
  } catch (error) {
    await database.close();
    fail(`web build: ${error instanceof Error ? error.message : String(error)}`);
  }

  const app = await buildApp({
    store,
    blobs: new LocalDiskBlobStore(config.filesDir),
    webRoot: config.webRoot,
    clock,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    policy: {
      ...DEFAULT_SECURITY_POLICY,
      sessionIdleMinutes: config.session.idleMinutes,
      sessionAbsoluteHours: config.session.absoluteHours,
      passwordMaxAgeDays: config.passwordMaxAgeDays,
    },
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
  });

  if (testClock) await app.register(testClockRoutes(testClock));

  const stopPurge = scheduleAuditPurge(store, clock, app.log);
  const stopStatistics = scheduleStatisticsRefresh(store, app.log);
  const { reminders } = config;
  const channels = {
    mailer: reminders.smtpUrl ? createSmtpMailer(reminders.smtpUrl, reminders.mailFrom) : null,
    robots: [
      ...(reminders.wecomWebhook ? [createWeComRobot(reminders.wecomWebhook)] : []),
      ...(reminders.dingtalkWebhook ? [createDingTalkRobot(reminders.dingtalkWebhook)] : []),
    ],
  };
  const stopReminders = scheduleReminders(store, channels, clock, reminders.intervalMinutes, app.log);
  // supervision (issue 9): notices escalate and remind on the same channels and interval.
  const stopNoticeReminders = scheduleNoticeReminders(store, channels, clock, reminders.intervalMinutes, app.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      process.stderr.write(`luoshi: ${signal} again, exiting now\n`);
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    // app.close() stops accepting and waits for in-flight requests; then the database closes.
    stopPurge();
    stopStatistics();
    stopReminders();
    stopNoticeReminders();
    await app.close();
    await database.close();
    app.log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  try {
    await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  } catch (error) {
    await database.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`PORT: ${config.port} is already in use`);
    if (code === 'EACCES') fail(`PORT: no permission to listen on ${config.port}`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') fail(`HOST: cannot listen on ${config.host}`);
    throw error;
  }
  process.stdout.write(`Luoshi is ready on http://localhost:${config.port} (${database.kind} database)\n`);
}

