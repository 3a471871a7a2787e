import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { HELAN_FIXTURE, readPlanFixture } from '../../../test/fixtures/plans/read-plan-fixture';
import { daysBetween, localDate } from '../../domain/reporting/calendar';
import { actorOf } from '../authorize';
import { seedDemo } from '../demo/seed-demo';
import { actOnReport } from './act-on-report';
import { listMyObligations } from './list-my-obligations';
import { loadPlanWithRule } from './load-plan';
import { openReport } from './open-report';
import { obligationsOfPeriod } from './period-obligations';
import { openPeriod } from './periods';

const PASSWORD = 'Demo#Luoshi2025';

/**
 * "My tasks" reads only the caller's share (its assignments, direct or through a group, and its
 * own reports). It must give exactly the caller's part of the whole period's obligations, as
 * every other view computes them: checked here for every unit of the Helan demo.
 */
describeEachDatabase('my tasks, computed for one unit', (get) => {
  const ctx = (iso: string) => ({ now: new Date(iso), ip: null, userAgent: 'test' });
  let planId: string;

  beforeAll(async () => {
    const { store } = get();
    await seedDemo(store, { password: PASSWORD, plan: { fileName: HELAN_FIXTURE, bytes: readPlanFixture(HELAN_FIXTURE) }, now: new Date('2024-03-01T02:00:00Z') });
    const office = actorOf((await store.repos.users.findByLogin('office'))!);
    planId = (await store.repos.plans.listPlans(office.regionId!))[0]!.id;
    // Two open quarters; in the first, one unit report submitted on time, one late, one a draft.
    const q1 = await openPeriod(store, office, planId, '2024Q1', ctx('2024-03-01T02:00:00Z'));
    await openPeriod(store, office, planId, '2024Q2', ctx('2024-03-01T02:00:00Z'));
    const task = async (n: number) => (await store.repos.plans.listTasks(planId)).find((t) => t.number === n)!.id;
    const submit = async (login: string, taskNumber: number, at: string) => {
      const actor = actorOf((await store.repos.users.findByLogin(login))!);
      const report = await openReport(store, actor, { periodId: q1.id, taskId: await task(taskNumber), kind: 'unit' }, ctx(at));
      return actOnReport(store, actor, report.id, 'submit', { version: report.version }, ctx(at));
    };
    await submit('fgj', 1, '2024-03-10T02:00:00Z');
    await submit('rsj', 1, '2024-03-23T02:00:00Z');
    const wjj = actorOf((await store.repos.users.findByLogin('wjj'))!);
    await openReport(store, wjj, { periodId: q1.id, taskId: await task(1), kind: 'unit' }, ctx('2024-03-05T02:00:00Z'));
  });

  it.each(['2024-03-12T02:00:00Z', '2024-03-25T02:00:00Z'])('gives every unit exactly its part of all obligations (at %s)', async (iso) => {
    const { store } = get();
    const now = new Date(iso);
    const office = actorOf((await store.repos.users.findByLogin('office'))!);
    const { plan, rule } = await loadPlanWithRule(store.repos, office, planId);
    const tasks = new Map((await store.repos.plans.listTasks(planId)).map((t) => [t.id, t]));
    const all = [];
    for (const period of (await store.repos.reporting.listPeriods(planId)).filter((p) => p.status === 'open')) {
      all.push(...(await obligationsOfPeriod(store.repos, plan, period, rule, now)).map((o) => ({ ...o, dueDate: period.due_date })));
    }
    const accounts = (await get().database.db.selectFrom('users').select(['login', 'roles']).where('unit_id', 'is not', null).execute())
      .filter((u) => u.roles.includes('unit_reporter'))
      .map((u) => u.login);
    expect(accounts.length).toBeGreaterThan(30);
    let groupMemberObligations = 0;
    for (const login of accounts) {
      const user = (await store.repos.users.findByLogin(login))!;
      const mine = await listMyObligations(store, actorOf(user), now);
      const expected = all
        .filter((o) => o.unitId === user.unit_id)
        .map((o) => ({
          periodKey: o.periodKey,
          dueDate: o.dueDate,
          daysLeft: daysBetween(localDate(now, rule.timeZone), o.dueDate),
          taskNumber: tasks.get(o.taskId)!.number,
          taskTitle: tasks.get(o.taskId)!.title,
          kind: o.kind,
          reportId: o.report?.id ?? null,
          status: o.report?.status ?? 'not_started',
          timeliness: o.timeliness,
        }))
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.taskNumber - b.taskNumber || a.kind.localeCompare(b.kind));
      expect(mine.map(({ periodKey, dueDate, daysLeft, taskNumber, taskTitle, kind, reportId, status, timeliness }) => ({ periodKey, dueDate, daysLeft, taskNumber, taskTitle, kind, reportId, status, timeliness })), login).toEqual(expected);
      if (login === 'xg') groupMemberObligations = mine.length;
    }
    // 习岗镇 owes reports only through the group 各乡镇(场): the group path is exercised.
    expect(groupMemberObligations).toBeGreaterThan(0);
    const fgj = await listMyObligations(store, actorOf((await store.repos.users.findByLogin('fgj'))!), now);
    expect(fgj.find((o) => o.periodKey === '2024Q1' && o.taskNumber === 1 && o.kind === 'unit')).toMatchObject({ status: 'submitted', timeliness: { status: 'on_time' } });
  });
});
