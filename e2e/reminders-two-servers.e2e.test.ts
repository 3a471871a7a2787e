import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server';

const adminUrl = process.env.DATABASE_URL;

/**
 * Issue 5's acceptance: two server processes on one PostgreSQL database send each reminder
 * exactly once, checked against a real SMTP peer. Needs DATABASE_URL (CI provides it).
 */
describe.skipIf(!adminUrl)('reminders with two servers on one PostgreSQL database', () => {
  const name = `luoshi_e2e_${randomBytes(4).toString('hex')}`;
  const url = () => Object.assign(new URL(adminUrl!), { pathname: `/${name}` }).toString();
  const mails: string[][] = [];
  let smtp: SMTPServer;
  const servers: RunningServer[] = [];

  const sql = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          mails.push(session.envelope.rcptTo.map((r) => r.address));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('sends each reminder once', async () => {
    const env = {
      DATABASE_URL: url(),
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true`,
      LUOSHI_REMINDER_INTERVAL_MINUTES: '1',
    };
    // First start seeds the demo county; then make a report due in 3 days (real time).
    const seeding = await startServer({ env });
    expect(await seeding.stop()).toBe(0);
    const due = new Date(Date.now() + 3 * 86_400_000 + 8 * 3_600_000); // in Beijing time
    const [year, month, day] = [due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate()];
    const key = `${year}M${String(month).padStart(2, '0')}`;
    const dueDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    await sql(`update plans set start_year = $1, end_year = $1, reporting_rule = $2`, [year, JSON.stringify({ cadence: 'monthly', dueDay: day, dueMonth: 'last', graceDays: 0 })]);
    await sql(
      `insert into reporting_periods (plan_id, key, year, start_date, end_date, due_date, late_after, status, opened_at)
       select id, $1, $2, $3, $4, $4, ($4::date + 1)::timestamp at time zone 'Asia/Shanghai', 'open', now() from plans`,
      [key, year, `${year}-${String(month).padStart(2, '0')}-01`, dueDate],
    );
    await sql(`update users set email = login || '@example.gov.cn' where login in ('fgj', 'rsj', 'kjgx')`);

    // Two servers start together; each runs its first reminder pass about 5 s after start.
    servers.push(...(await Promise.all([startServer({ env }), startServer({ env })])));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (mails.length < 3 || (await sql('select count(*)::int as n from reminder_ledger'))[0].n === 0)) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // a duplicate would arrive by now
    expect(mails.map((to) => to.join()).sort()).toEqual(['fgj@example.gov.cn', 'kjgx@example.gov.cn', 'rsj@example.gov.cn']);
    const ledger = await sql(`select reminder_kind, count(*)::int as n from reminder_ledger group by reminder_kind`);
    expect(ledger).toEqual([{ reminder_kind: 'due_in_3', n: expect.any(Number) }]);
  });
});
