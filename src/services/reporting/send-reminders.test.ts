import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { HELAN_FIXTURE, readPlanFixture } from '../../../test/fixtures/plans/read-plan-fixture';
import { createDingTalkRobot, createWeComRobot } from '../../notify/robot-webhooks';
import { createSmtpMailer } from '../../notify/smtp-mailer';
import { actorOf } from '../authorize';
import { seedDemo } from '../demo/seed-demo';
import { openPeriod } from './periods';
import { sendReminders } from './send-reminders';

describeEachDatabase('reminders', (get) => {
  const mails: Array<{ to: string[]; body: string }> = [];
  const robotCalls: Array<{ path: string; body: { msgtype: string; text: { content: string } } }> = [];
  let smtp: SMTPServer;
  let robots: http.Server;
  let channels: Parameters<typeof sendReminders>[1];

  beforeAll(async () => {
    // A real SMTP peer and a local robot endpoint: nothing leaves this machine.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    robots = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        robotCalls.push({ path: req.url ?? '', body: JSON.parse(body) });
        res.end('{"errcode":0}');
      });
    });
    await new Promise<void>((resolve) => robots.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const robotBase = `http://127.0.0.1:${(robots.address() as AddressInfo).port}`;
    channels = {
      mailer: createSmtpMailer(`smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`, 'luoshi@example.gov.cn'),
      robots: [createWeComRobot(`${robotBase}/wecom`), createDingTalkRobot(`${robotBase}/dingtalk`)],
    };

    const { store, database } = get();
    await seedDemo(store, { password: 'Demo#Luoshi2025', plan: { fileName: HELAN_FIXTURE, bytes: readPlanFixture(HELAN_FIXTURE) }, now: new Date('2024-03-01T00:00:00Z') });
    await database.db.updateTable('users').set({ email: 'fgj@example.gov.cn', phone: '13900000001' }).where('login', '=', 'fgj').execute();
    const office = (await store.repos.users.findByLogin('office'))!;
    const plan = await database.db.selectFrom('plans').select('id').executeTakeFirstOrThrow();
    await openPeriod(store, actorOf(office), plan.id, '2024Q1', { now: new Date('2024-03-01T00:00:00Z'), ip: null, userAgent: null });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise<void>((resolve) => robots.close(() => resolve()));
  });

  it('reminds each owing unit once 3 days before the deadline, however many runners race', async () => {
    const threeDaysBefore = new Date('2024-03-17T01:00:00Z'); // 09:00 on 17 March, Beijing
    const [a, b] = await Promise.all([sendReminders(get().store, channels, threeDaysBefore), sendReminders(get().store, channels, threeDaysBefore)]);
    expect(a.failures).toEqual([]);
    expect(a.claimed + b.claimed).toBeGreaterThan(20);
    const units = a.units + b.units;
    expect(mails).toHaveLength(1); // only 发改局's reporter has an e-mail address
    expect(mails[0]!.to).toEqual(['fgj@example.gov.cn']);
    expect(robotCalls.filter((c) => c.path === '/wecom')).toHaveLength(units);
    expect(robotCalls.filter((c) => c.path === '/dingtalk')).toHaveLength(units);
    const fgjText = robotCalls.find((c) => c.path === '/dingtalk' && c.body.text.content.includes('发改局'))!.body.text.content;
    expect(fgjText).toMatch(/^【落实提醒】发改局：2024Q1进度报告（\d+项任务：.*）应于3月20日前报送，还剩3天。$/);

    const again = await sendReminders(get().store, channels, new Date('2024-03-17T09:00:00Z'));
    expect(again.claimed).toBe(0);
    expect(mails).toHaveLength(1);
  });

  it('sends nothing on a day without a reminder, and daily reminders once overdue', async () => {
    expect((await sendReminders(get().store, channels, new Date('2024-03-18T01:00:00Z'))).claimed).toBe(0);
    const overdue = await sendReminders(get().store, channels, new Date('2024-03-22T01:00:00Z'));
    expect(overdue.claimed).toBeGreaterThan(0);
    expect(robotCalls.at(-1)!.body.text.content).toContain('已逾期2天');
    const inApp = await get().database.db.selectFrom('notifications').select('kind').where('kind', 'like', 'reminder.%').execute();
    expect(new Set(inApp.map((n) => n.kind))).toEqual(new Set(['reminder.due_in_3', 'reminder.overdue']));
  });
});
