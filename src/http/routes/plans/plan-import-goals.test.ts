import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildRegion, buildUser } from '../../../../test/factories';
import { HELAN_FIXTURE, readPlanFixture, revisedHelanPlan } from '../../../../test/fixtures/plans/read-plan-fixture';
import { buildTestApp, signInAs } from '../../../../test/http';
import { multipartBody } from '../../../../test/multipart';
import type { ImportDescription } from './plans.schemas';

type GoalChanges = ImportDescription['changes']['goals'];
interface GoalRow {
  number: number;
  name: string;
  retired: boolean;
}


/** The goal entries after a confirm, as the preview said: its changes applied to the rows before. */
function asPreviewed(before: readonly GoalRow[], goals: GoalChanges): GoalRow[] {
  const after = new Map(before.map((row) => [row.name, { ...row }]));
  for (const move of goals.renumbered) after.get(move.name)!.number = move.to;
  for (const gone of goals.retired) after.get(gone.name)!.retired = true;
  for (const back of goals.revived) after.get(back.name)!.retired = false;
  for (const added of goals.added) after.set(added.name, { ...added, retired: false });
  return [...after.values()].sort((a, b) => a.number - b.number);
}

describeEachDatabase('the plan-import preview names what happens to the goal entries', (get) => {
  let app: FastifyInstance;
  let cookie: string;
  let planId: string;

  beforeAll(async () => {
    const { store } = get();
    app = await buildTestApp(store, { loginRateLimitPerMinute: 1000 });
    const region = await buildRegion(store, { name: '贺兰县' });
    const office = await buildUser(store, { region_id: region.id, roles: ['office'] });
    cookie = await signInAs(app, office.login, office.password);
  });
  afterAll(() => app.close());

  const upload = async (bytes: Buffer, query = ''): Promise<ImportDescription> => {
    const { body, contentType } = multipartBody('file', 'plan.txt', bytes);
    const response = await app.inject({ method: 'POST', url: `/api/plans/imports${query}`, headers: { cookie, 'content-type': contentType }, payload: body });
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const confirm = async (importId: string): Promise<string> => {
    const response = await app.inject({ method: 'POST', url: `/api/plans/imports/${importId}/confirm`, headers: { cookie }, payload: {} });
    expect(response.statusCode).toBe(200);
    return response.json().planId;
  };
  const goalRows = async (): Promise<GoalRow[]> =>
    (
      await get()
        .database.db.selectFrom('plan_indicators')
        .select(['number', 'name', 'is_retired'])
        .where('plan_id', '=', planId)
        .where('origin', '=', 'goal')
        .orderBy('number')
        .execute()
    ).map((r) => ({ number: r.number, name: r.name, retired: r.is_retired }));
  const lastAudit = async () =>
    (await get().database.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'in', ['plan.import', 'plan.reimport']).orderBy('id', 'desc').executeTakeFirstOrThrow()) as {
      action: string;
      details: { goalIndicators: GoalChanges };
    };

  it('previews a new plan’s goal entries as all added, numbered after the table, and the confirm adds exactly those', async () => {
    const preview = await upload(readPlanFixture(HELAN_FIXTURE));
    expect(preview.changes.goals.added).toHaveLength(19);
    expect(preview.changes.goals.added.slice(0, 2)).toEqual([{ number: 21, name: '国家高新技术企业' }, { number: 22, name: '农业高新技术企业' }]);
    expect(preview.changes.goals).toMatchObject({ changed: [], revived: [], retired: [], renumbered: [], unchanged: 0 });
    planId = await confirm(preview.importId);
    expect(await goalRows()).toEqual(asPreviewed([], preview.changes.goals));
    expect(await lastAudit()).toEqual({ action: 'plan.import', details: expect.objectContaining({ goalIndicators: preview.changes.goals }) });
  });

  it('previews a revision’s goal entries (one added, one changed, two retired, one moved by the grown table) before anything is written', async () => {
    const before = await goalRows();
    const preview = await upload(revisedHelanPlan(), `?planId=${planId}`);
    expect(preview.changes.goals).toEqual({
      added: [{ number: 41, name: '科技特派员服务站' }],
      changed: [{ number: 31, name: '有效发明专利累计授权量', fields: ['targets', 'text'] }],
      revived: [],
      // The table measures 林木绿化率 now; the document dropped 可再生资源利用率.
      retired: [{ number: 37, name: '林木绿化率' }, { number: 39, name: '可再生资源利用率' }],
      // The table's new indicator 21 takes that number: the goal moves after every number in use.
      renumbered: [{ name: '国家高新技术企业', from: 21, to: 40 }],
      unchanged: 15,
    });
    expect(await goalRows()).toEqual(before); // the preview wrote nothing

    // Reloading the preview (with unit mappings) tells the same.
    const again = await app.inject({ method: 'POST', url: `/api/plans/imports/${preview.importId}/preview`, headers: { cookie }, payload: {} });
    expect(again.json().changes.goals).toEqual(preview.changes.goals);

    await confirm(preview.importId);
    expect(await goalRows()).toEqual(asPreviewed(before, preview.changes.goals));
    expect(await lastAudit()).toEqual({ action: 'plan.reimport', details: expect.objectContaining({ goalIndicators: preview.changes.goals }) });
  });

  it('previews the original document again as reviving the retired entries with their numbers, and retiring the new one', async () => {
    const before = await goalRows();
    const preview = await upload(readPlanFixture(HELAN_FIXTURE), `?planId=${planId}`);
    expect(preview.changes.goals).toEqual({
      added: [],
      changed: [{ number: 31, name: '有效发明专利累计授权量', fields: ['targets', 'text'] }],
      revived: [{ number: 37, name: '林木绿化率' }, { number: 39, name: '可再生资源利用率' }],
      retired: [{ number: 41, name: '科技特派员服务站' }],
      // 21 stays with the table's (now retired) indicator: 国家高新技术企业 keeps 40.
      renumbered: [],
      unchanged: 16,
    });
    await confirm(preview.importId);
    expect(await goalRows()).toEqual(asPreviewed(before, preview.changes.goals));
    expect((await lastAudit()).details.goalIndicators).toEqual(preview.changes.goals);
  });
});
