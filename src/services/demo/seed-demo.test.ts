import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { HELAN_FIXTURE, readPlanFixture } from '../../../test/fixtures/plans/read-plan-fixture';
import { seedDemo } from './seed-demo';

describeEachDatabase('demo seed', (get) => {
  const plan = { fileName: HELAN_FIXTURE, bytes: readPlanFixture(HELAN_FIXTURE) };

  it('creates the Helan county, an account per role, a reporter per unit, and imports the plan', async () => {
    const { store, database } = get();
    const accounts = await seedDemo(store, { password: 'Demo#Luoshi2025', plan, now: new Date('2024-01-10T00:00:00Z') });
    expect(accounts?.map((a) => a.login)).toEqual(expect.arrayContaining(['admin', 'auditor', 'office', 'supervisor', 'leader', 'kjgx']));
    const users = await database.db.selectFrom('users').select(['login', 'is_demo']).execute();
    expect(users.every((u) => u.is_demo)).toBe(true);

    const plans = await database.db.selectFrom('plans').selectAll().execute();
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ title: '贺兰县创新型县建设实施方案', start_year: 2023, end_year: 2025 });
    const tasks = await database.db.selectFrom('plan_tasks').select('id').where('plan_id', '=', plans[0]!.id).execute();
    expect(tasks).toHaveLength(22);

    // The plan's 各乡镇(场) is the demo group with its six members, not a new empty group.
    const group = await database.db.selectFrom('units').select('id').where('name', '=', '各乡镇(场)').execute();
    expect(group).toHaveLength(1);
    const members = await database.db.selectFrom('unit_group_members').select('member_id').where('group_id', '=', group[0]!.id).execute();
    expect(members).toHaveLength(6);
    // The office is hosted by 科技和工信局.
    const office = await database.db.selectFrom('units').select('name').where('id', '=', plans[0]!.office_unit_id!).executeTakeFirstOrThrow();
    expect(office.name).toBe('科技和工信局');
  });

  it('does nothing on a database that already has data', async () => {
    expect(await seedDemo(get().store, { plan, now: new Date() })).toBeNull();
  });
});
