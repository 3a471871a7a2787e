import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { buildTestApp } from '../../../test/http';
import { recordingStore } from '../../../test/recording-store';
import { DAY_MINUTES, useSeededApp } from '../../../test/seeded-demo-app';
import { createStore, type Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { actorOf } from '../authorize';
import { getCockpit, type CockpitQuery } from './get-cockpit';
import { forgetAll } from './remember';

const WHOLE_PLAN: CockpitQuery = { year: null, quarter: null, sectionId: null, unitKind: null };

describeEachDatabase('the cockpit, kept while the data versions stand', (get) => {
  // 1 March 2024, 10:00 in Helan; the first quarter's reports are due on 20 March.
  const seeded = useSeededApp(get, '2024-03-01T02:00:00Z');
  let leader: Actor;
  let planId: string;
  let regionId: string;
  /** A second server on the same database: its own memory, the same rows. */
  let otherStore: Store;
  let otherApp: FastifyInstance;

  beforeAll(async () => {
    const { store, database } = get();
    planId = seeded.planId;
    leader = actorOf((await store.repos.users.findByLogin('leader'))!);
    regionId = (await store.repos.plans.findPlan(planId))!.region_id;
    otherStore = createStore(database);
    otherApp = await buildTestApp(otherStore, { clock: seeded.clock.now, loginRateLimitPerMinute: 10_000 });
    await (await seeded.as('office'))('POST', `/api/plans/${planId}/periods`, { key: '2024Q1' });
  });
  afterAll(() => otherApp?.close());

  const stamp = () => get().store.repos.dataVersions.stampOfPlan(planId);
  const cockpitOn = (store: Store, query = WHOLE_PLAN) => getCockpit(store, leader, planId, query, seeded.clock.now());
  /** What the cockpit is when computed afresh from the rows (nothing remembered). */
  const freshOn = (store: Store, query = WHOLE_PLAN) => {
    forgetAll(store);
    return cockpitOn(store, query);
  };

  describe('the versions', () => {
    it('are kept by a trigger on every table the cockpit reads, and the stamp is read from that table', async () => {
      const { database } = get();
      const recording = recordingStore(database);
      await getCockpit(recording.store, leader, planId, WHOLE_PLAN, seeded.clock.now());
      const { rows: tables } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(database.db);
      const { rows: triggers } = await sql<{ name: string }>`select c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where t.tgname = c.relname || '_versioned' and t.tgdeferrable and t.tginitdeferred`.execute(database.db);
      const read = [...recording.tablesRead()].filter((t) => tables.some((r) => r.name === t));
      const versioned = new Set(triggers.map((t) => t.name));
      // Sanity: the recorder sees the big reads, so an empty list cannot pass for a clean one.
      expect(read).toEqual(expect.arrayContaining(['reports', 'plan_indicators', 'task_units', 'units', 'data_versions']));
      // stored_files is content-addressed: a file's row is written once, before the evidence row
      // that points at it (which moves the version), and never changed.
      const unversioned = new Set(['data_versions', 'stored_files']);
      expect(read.filter((t) => !unversioned.has(t) && !versioned.has(t))).toEqual([]);
    });

    it('move once per committed transaction, however many rows it changes, and not at all on a rollback', async () => {
      const { db } = get().database;
      const before = await stamp();
      await db.transaction().execute(async (trx) => {
        await sql`update reports set updated_at = updated_at where plan_id = ${planId}`.execute(trx);
        await sql`update plan_tasks set title = title where plan_id = ${planId}`.execute(trx);
      });
      const [plan, region] = (await stamp()).split('.').map(Number) as [number, number];
      expect(`${plan - 1}.${region}`).toBe(before);

      await expect(
        db.transaction().execute(async (trx) => {
          await sql`update plan_tasks set title = title where plan_id = ${planId}`.execute(trx);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await stamp()).toBe(`${plan}.${region}`);
    });

    it('are read for concurrent callers in shared statements, each plan its own stamp', async () => {
      const recording = recordingStore(get().database);
      const expected = await stamp();
      const [otherPlan] = await sql<{ id: string }>`select gen_random_uuid() as id`.execute(get().database.db).then((r) => r.rows);
      const asked = [...Array<string>(20).fill(planId), otherPlan!.id, 'not-a-uuid'];
      const stamps = await Promise.all(asked.map((id) => recording.store.repos.dataVersions.stampOfPlan(id)));
      expect(stamps).toEqual([...Array<string>(20).fill(expected), 'none', 'none']);
      // All asked in one tick: one statement for them all (an id that is no uuid costs none).
      expect(recording.statements()).toBe(1);
    });

    it('move for the county when a unit or a group changes, and for the plan when a governing target is chosen', async () => {
      const { db } = get().database;
      const read = async () => (await stamp()).split('.').map(Number) as [number, number];
      const [plan0, region0] = await read();
      await sql`update units set sort_order = sort_order where region_id = ${regionId}`.execute(db);
      expect(await read()).toEqual([plan0, region0 + 1]);
      await sql`update unit_group_members set member_id = member_id where group_id in (select id from units where region_id = ${regionId})`.execute(db);
      expect(await read()).toEqual([plan0, region0 + 2]);
      const indicator = await db.selectFrom('plan_indicators').select('id').where('plan_id', '=', planId).executeTakeFirstOrThrow();
      const office = await db.selectFrom('users').select('id').where('login', '=', 'office').executeTakeFirstOrThrow();
      await db.insertInto('indicator_target_choices').values({ indicator_id: indicator.id, year: 2025, governs: 'table', chosen_by: office.id, chosen_at: new Date() }).execute();
      expect(await read()).toEqual([plan0 + 1, region0 + 2]);
      await db.deleteFrom('indicator_target_choices').where('indicator_id', '=', indicator.id).execute();
      expect(await read()).toEqual([plan0 + 2, region0 + 2]);
    });
  });

  describe('the answers', () => {
    it('are computed once while nothing changes, per view', async () => {
      const first = await cockpitOn(get().store);
      // Helan: the annual table's 20 indicators, then the 19 overall goals it does not measure.
      expect(first.indicators.map((i) => i.origin)).toEqual([...Array<'table'>(20).fill('table'), ...Array<'goal'>(19).fill('goal')]);
      expect(await cockpitOn(get().store)).toBe(first);
      const townships = { ...WHOLE_PLAN, unitKind: 'township' as const };
      const filtered = await cockpitOn(get().store, townships);
      expect(filtered).not.toBe(first);
      expect(await cockpitOn(get().store, townships)).toBe(filtered);
    });

    it("follow a report submitted through another server, and a unit renamed there", async () => {
      const here = get().store;
      const before = await cockpitOn(here);
      const clerk = await seeded.signIn('kjgx');
      const call = (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) => otherApp.inject({ method, url, headers: { cookie: clerk }, payload });
      const periodId = before.period!.id;
      const report = (await call('POST', '/api/reports', { periodId, taskId: seeded.taskIds.get(1), kind: 'consolidated' })).json();
      const saved = (await call('PUT', `/api/reports/${report.id}`, { version: 1, progress: '已完成季度工作', problems: '', nextSteps: '继续推进', taskStatus: 'on_track', targetProgress: [] })).json();
      expect((await call('POST', `/api/reports/${report.id}/submit`, { version: saved.version })).statusCode).toBe(200);

      const after = await cockpitOn(here);
      expect(after).not.toBe(before);
      expect(after).toEqual(await freshOn(here));
      const tasksBefore = before.headline.tasks;
      expect(after.headline.tasks).not.toEqual(tasksBefore);

      const office = await seeded.signIn('office');
      const unitId = seeded.units.get('科技和工信局')!;
      const renamed = await otherApp.inject({ method: 'PATCH', url: `/api/units/${unitId}`, headers: { cookie: office }, payload: { name: '科技和工业信息化局' } });
      expect(renamed.statusCode).toBe(200);
      const named = await cockpitOn(here);
      expect(named.units.departments.some((u) => u.unitName === '科技和工业信息化局')).toBe(true);
      expect(named).toEqual(await freshOn(here));
    });

    it('move with the local date: a report not in by the deadline is missing from the next morning in Helan', async () => {
      const here = get().store;
      seeded.clock.advanceMinutes(19 * DAY_MINUTES + 13 * 60); // 20 March, 23:00 in Helan: still due today
      const dueDay = await cockpitOn(here);
      expect(dueDay.overdue).toEqual([]);
      seeded.clock.advanceMinutes(2 * 60); // 21 March, 01:00 in Helan (still 20 March in UTC)
      const nextDay = await cockpitOn(here);
      expect(nextDay.overdue.length).toBeGreaterThan(0);
      expect(nextDay.overdue.every((o) => o.daysOverdue === 1)).toBe(true);
      expect(nextDay).toEqual(await freshOn(here));
    });
  });
});
