import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildRegion, buildUnit, buildUser } from '../../../../test/factories';
import { HELAN_FIXTURE, readPlanFixture } from '../../../../test/fixtures/plans/read-plan-fixture';
import { buildTestApp, signInAs } from '../../../../test/http';
import { multipartBody } from '../../../../test/multipart';
import type { Role } from '../../../domain/roles';

describeEachDatabase('importing a plan document', (get) => {
  let app: FastifyInstance;
  const cookies = {} as Record<Role, string>;
  const helan = readPlanFixture(HELAN_FIXTURE);

  beforeAll(async () => {
    const { store } = get();
    app = await buildTestApp(store, { loginRateLimitPerMinute: 1000 });
    const regionId = (await buildRegion(store, { name: '贺兰县' })).id;
    // The registry already knows one unit under another name: the import must reuse it.
    await buildUnit(store, regionId, { name: '审批服务管理局', aliases: ['审批服务局'] });
    const unit = await buildUnit(store, regionId, { name: '县委办' });
    for (const role of ['office', 'leader', 'unit_reporter', 'admin'] as Role[]) {
      const built = await buildUser(store, { region_id: regionId, unit_id: role === 'unit_reporter' ? unit.id : null, roles: [role] });
      cookies[role] = await signInAs(app, built.login, built.password);
    }
  });
  afterAll(() => app.close());

  const upload = (role: Role, bytes: Buffer, fileName = 'plan.txt', query = '') => {
    const { body, contentType } = multipartBody('file', fileName, bytes);
    return app.inject({ method: 'POST', url: `/api/plans/imports${query}`, headers: { cookie: cookies[role], 'content-type': contentType }, payload: body });
  };
  const call = (role: Role, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: cookies[role] }, ...(payload ? { payload } : {}) });

  let planId: string;
  let taskIds: Map<number, string>;
  let targetIds: string[];

  it('previews the Helan document without changing anything', async () => {
    const response = await upload('office', helan, HELAN_FIXTURE);
    expect(response.statusCode).toBe(201);
    const preview = response.json();
    expect(preview.document.sections.flatMap((s: { tasks: unknown[] }) => s.tasks)).toHaveLength(22);
    expect(preview.changes.tasks.added).toHaveLength(22);
    const approval = preview.units.find((u: { name: string }) => u.name === '审批服务局' || u.name === '审批服务管理局');
    expect(approval).toMatchObject({ status: 'matched', registryName: '审批服务管理局' });
    expect((await call('office', 'GET', '/api/plans')).json().plans).toEqual([]);
  });

  it('confirms the import: the plan, its 22 tasks with their units, indicators, goals and findings', async () => {
    const preview = (await upload('office', helan, HELAN_FIXTURE)).json();
    const confirmed = await call('office', 'POST', `/api/plans/imports/${preview.importId}/confirm`, {});
    expect(confirmed.statusCode).toBe(200);
    planId = confirmed.json().planId;

    const view = (await call('leader', 'GET', `/api/plans/${planId}`)).json();
    expect(view.plan).toMatchObject({ title: '贺兰县创新型县建设实施方案', documentNumber: '贺党办〔2024〕1号', startYear: 2023, endYear: 2025 });
    const tasks = view.sections.flatMap((s: { tasks: Array<{ id: string; number: number; units: Array<{ name: string; role: string }> }> }) => s.tasks);
    expect(view.sections).toHaveLength(7);
    expect(tasks).toHaveLength(22);
    const task1 = tasks.find((t: { number: number }) => t.number === 1);
    expect(task1.units.filter((u: { role: string }) => u.role === 'lead').map((u: { name: string }) => u.name)).toEqual(['科技和工信局']);
    expect(task1.units.filter((u: { role: string }) => u.role === 'responsible').map((u: { name: string }) => u.name)).toEqual([
      '发改局',
      '人社局',
      '农业农村局',
      '卫健局',
      '贺兰工业园区管委会',
    ]);
    // Every task keeps its lead unit, including ones the plan writes under another name (县科协).
    for (const task of tasks) expect(task.units.some((u: { role: string }) => u.role === 'lead')).toBe(true);
    expect(view.indicators).toHaveLength(20);
    expect(view.goals.length).toBeGreaterThan(20);
    expect(view.findings.map((f: { code: string }) => f.code)).toContain('conflicting_targets');
    taskIds = new Map(tasks.map((t: { number: number; id: string }) => [t.number, t.id]));
    targetIds = tasks.flatMap((t: { targets: Array<{ id: string }> }) => t.targets.map((x) => x.id));
    expect(targetIds.length).toBeGreaterThan(10);

    const units = (await call('office', 'GET', '/api/units')).json().units as Array<{ name: string }>;
    expect(units.filter((u) => u.name === '审批服务管理局')).toHaveLength(1);
    expect(units.map((u) => u.name)).toContain('各乡镇(场)');

    // PGlite has no autovacuum: the import itself must leave the planner statistics current
    // (reltuples stays -1, "never analysed", otherwise). PostgreSQL's autovacuum does this alone.
    if (get().kind === 'pglite') {
      const { rows } = await sql<{ reltuples: number }>`select reltuples from pg_class where relname = 'task_units'`.execute(get().database.db);
      expect(rows[0]?.reltuples).toBeGreaterThan(0);
    }
  });

  it('refuses to confirm the same import twice', async () => {
    const preview = (await upload('office', helan, HELAN_FIXTURE)).json();
    expect((await call('office', 'POST', `/api/plans/imports/${preview.importId}/confirm`, {})).statusCode).toBe(200);
    expect((await call('office', 'POST', `/api/plans/imports/${preview.importId}/confirm`, {})).statusCode).toBe(409);
  });

  it('re-imports a revised document: shows what changed and updates tasks in place', async () => {
    const revised = helan
      .toString('utf8')
      .replace('(牵头单位:科技和工信局;责任单位:发改局、贺兰工业园区管委会)', '(牵头单位:科技和工信局;责任单位:发改局、财政局、贺兰工业园区管委会)');
    const preview = (await upload('office', Buffer.from(revised), 'revised.txt', `?planId=${planId}`)).json();
    expect(preview.changes.tasks.unchanged).toBe(21);
    expect(preview.changes.tasks.changed).toEqual([{ number: 2, fields: ['responsibleUnits'] }]);
    expect(preview.changes.tasks.added).toEqual([]);
    await call('office', 'POST', `/api/plans/imports/${preview.importId}/confirm`, {});

    const view = (await call('office', 'GET', `/api/plans/${planId}`)).json();
    const tasks = view.sections.flatMap((s: { tasks: Array<{ id: string; number: number; units: Array<{ name: string }>; targets: Array<{ id: string }> }> }) => s.tasks);
    expect(new Map(tasks.map((t: { number: number; id: string }) => [t.number, t.id]))).toEqual(taskIds);
    // Targets of unchanged tasks keep their ids: progress figures in reports point at them.
    expect(tasks.flatMap((t: { targets: Array<{ id: string }> }) => t.targets.map((x) => x.id))).toEqual(targetIds);
    expect(tasks.find((t: { number: number }) => t.number === 2).units.map((u: { name: string }) => u.name)).toContain('财政局');
  });

  it('keeps the leading group from the document, and lets the office complete it', async () => {
    const group = (await call('office', 'GET', `/api/plans/${planId}/leading-group`)).json();
    expect(group.name).toContain('领导小组');
    const units = (await call('office', 'GET', '/api/units')).json().units as Array<{ id: string; name: string }>;
    const unitId = (name: string) => units.find((u) => u.name === name)!.id;
    const members = [
      { position: 'head', personTitle: '县政府县长', unitId: null },
      { position: 'deputy_head', personTitle: '分管副县长', unitId: null },
      { position: 'member', personTitle: null, unitId: unitId('发改局') },
    ];
    const saved = await app.inject({ method: 'PUT', url: `/api/plans/${planId}/leading-group`, headers: { cookie: cookies.office }, payload: { name: group.name, officeUnitId: unitId('科技和工信局'), members } });
    expect(saved.statusCode).toBe(200);
    expect((await call('admin', 'GET', `/api/plans/${planId}/leading-group`)).json().members).toEqual(members);
    const listed = (await call('admin', 'GET', '/api/leading-groups')).json().groups;
    expect(listed.find((g: { planId: string }) => g.planId === planId).group.members).toEqual(members);
    const leader = await app.inject({ method: 'PUT', url: `/api/plans/${planId}/leading-group`, headers: { cookie: cookies.leader }, payload: { name: 'x', officeUnitId: null, members: [] } });
    expect(leader.statusCode).toBe(403);
  });

  it('exports the task breakdown table as .xlsx', async () => {
    const response = await call('leader', 'GET', `/api/plans/${planId}/breakdown.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers a file that is not a plan with a clear 400 saying what was looked for', async () => {
    const response = await upload('office', Buffer.from('会议纪要\n今天天气很好。'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('未识别到实施方案的结构');
    expect(response.json().error.details.lookedFor.length).toBeGreaterThan(0);
    expect(response.json().error.details.lookedForZh).toHaveLength(response.json().error.details.lookedFor.length);
    expect(response.json().error.details.lookedForZh[1]).toContain('牵头单位');
  });

  it.each(['leader', 'unit_reporter', 'admin'] as Role[])('denies %s the import', async (role) => {
    expect((await upload(role, helan)).statusCode).toBe(403);
  });

  it('denies the admin (no business data) the plan itself', async () => {
    expect((await call('admin', 'GET', `/api/plans/${planId}`)).statusCode).toBe(403);
  });
});
