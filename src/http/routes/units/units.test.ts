import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildRegion, buildUnit, buildUser } from '../../../../test/factories';
import { buildTestApp, signInAs } from '../../../../test/http';
import { multipartBody } from '../../../../test/multipart';
import { ROLES, type Role } from '../../../domain/roles';

describeEachDatabase('unit registry', (get) => {
  let app: FastifyInstance;
  let regionId: string;
  const cookies = {} as Record<Role, string>;

  beforeAll(async () => {
    const { store } = get();
    app = await buildTestApp(store, { loginRateLimitPerMinute: 1000 });
    regionId = (await buildRegion(store, { name: '贺兰县' })).id;
    const home = await buildUnit(store, regionId, { name: '科技和工信局' });
    for (const role of ROLES) {
      const built = await buildUser(store, { region_id: regionId, unit_id: role.startsWith('unit_') ? home.id : null, roles: [role] });
      cookies[role] = await signInAs(app, built.login, built.password);
    }
  });
  afterAll(() => app.close());

  const call = (role: Role, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: cookies[role] }, ...(payload ? { payload } : {}) });
  const upload = (role: Role, bytes: Buffer) => {
    const { body, contentType } = multipartBody('file', 'units.xlsx', bytes);
    return app.inject({ method: 'POST', url: '/api/units/import', headers: { cookie: cookies[role], 'content-type': contentType }, payload: body });
  };

  it.each(['admin', 'office'] as Role[])('lets %s add a unit and a group of units', async (role) => {
    const town = (await call(role, 'POST', '/api/units', { name: `习岗镇-${role}`, kind: 'township' })).json().unit;
    const group = await call(role, 'POST', '/api/units', { name: `各乡镇(场)-${role}`, kind: 'group', memberIds: [town.id] });
    expect(group.statusCode).toBe(201);
    expect(group.json().unit.memberIds).toEqual([town.id]);
  });

  it.each(['auditor', 'supervisor', 'leader', 'unit_reporter', 'unit_head'] as Role[])('denies %s changes to the registry', async (role) => {
    const response = await call(role, 'POST', '/api/units', { name: `x-${role}`, kind: 'department' });
    expect(response.statusCode).toBe(403);
  });

  it.each(['admin', 'office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'] as Role[])('lets %s read the registry', async (role) => {
    const response = await call(role, 'GET', '/api/units');
    expect(response.statusCode).toBe(200);
    expect(response.json().units.map((u: { name: string }) => u.name)).toContain('科技和工信局');
  });

  it('denies the auditor the registry (audit log only)', async () => {
    expect((await call('auditor', 'GET', '/api/units')).statusCode).toBe(403);
  });

  it('refuses a name that another unit uses as its name or alias, with 409', async () => {
    await call('office', 'POST', '/api/units', { name: '审批服务管理局', kind: 'department', aliases: ['审批服务局'] });
    const clash = await call('office', 'POST', '/api/units', { name: '审批服务局', kind: 'department' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details.names).toEqual(['审批服务局']);
  });

  it('renames a unit and records before and after in the audit trail', async () => {
    const unit = (await call('office', 'POST', '/api/units', { name: '文旅局', kind: 'department' })).json().unit;
    const renamed = await call('office', 'PATCH', `/api/units/${unit.id}`, { name: '文化旅游体育局', aliases: ['文旅局'] });
    expect(renamed.json().unit).toMatchObject({ name: '文化旅游体育局', aliases: ['文旅局'] });
    const audit = await get().database.db.selectFrom('audit_log').select('details').where('action', '=', 'unit.update').where('object_id', '=', unit.id).executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ changes: { name: { before: '文旅局', after: '文化旅游体育局' } } });
  });

  it('exports the registry as .xlsx and imports an edited copy back, adding and updating units', async () => {
    const exported = await call('office', 'GET', '/api/units/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain(encodeURIComponent('贺兰县单位名录.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    sheet.addRow(['金贵镇', '乡镇(街道)', '', '', '', '启用']);
    sheet.addRow(['乡镇组', '单位组', '', '', '金贵镇、科技和工信局', '启用']);
    const techRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === '科技和工信局')!;
    techRow.getCell(3).value = '县科技和工信局';
    const imported = await upload('office', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ created: 2, updated: 1 });
    const units = (await call('office', 'GET', '/api/units')).json().units as Array<{ id: string; name: string; aliases: string[]; memberIds: string[] }>;
    const byName = new Map(units.map((u) => [u.name, u]));
    expect(byName.get('科技和工信局')!.aliases).toEqual(['县科技和工信局']);
    expect(byName.get('乡镇组')!.memberIds.sort()).toEqual([byName.get('金贵镇')!.id, byName.get('科技和工信局')!.id].sort());
    const actions = await get().database.db.selectFrom('audit_log').select('action').where('action', 'in', ['unit.export', 'unit.import']).execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['unit.export', 'unit.import']);
  });

  it('rejects a workbook with problems as a whole, naming row and column, and saves nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('单位名录');
    sheet.addRow(['单位名称', '类型', '别名(以、分隔)', '上级单位', '成员单位(单位组填写，以、分隔)', '状态(启用/停用)']);
    sheet.addRow(['新单位甲', '部门']);
    sheet.addRow(['新单位乙', '机关']);
    sheet.addRow(['新单位丙', '部门', '', '不存在的局']);
    const response = await upload('office', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.problems).toEqual([expect.objectContaining({ row: 3, column: 'B' })]);
    // Once the sheet reads cleanly, registry problems are named too, in Chinese.
    sheet.getRow(3).getCell(2).value = '部门';
    sheet.addRow(['审批服务局', '部门']);
    const second = await upload('office', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(second.json().error.details.problems).toEqual([
      { row: 5, column: 'A', message: '“审批服务局”是单位“审批服务管理局”的别名，请使用单位名称' },
      { row: 4, column: 'D', message: '上级单位“不存在的局”不存在' },
    ]);
    const units = (await call('office', 'GET', '/api/units')).json().units as Array<{ name: string }>;
    expect(units.map((u) => u.name)).not.toContain('新单位甲');
  });

  it('rejects a file that is not a workbook with a clear message', async () => {
    const response = await upload('office', Buffer.from('not a workbook'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.problems[0].message).toContain('不是有效的 Excel');
  });
});
