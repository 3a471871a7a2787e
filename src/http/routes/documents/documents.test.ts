import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildTestApp, createClock, signInAs } from '../../../../test/http';
import { cellText } from '../../../documents/xlsx-sheet';
import { openDocx } from '../../../documents/testing/docx-xml';
import { actorOf } from '../../../services/authorize';
import { QUARTER, SEED_PASSWORD, seedQuarter } from '../../../services/documents/testing/seed-quarter';
import { issueNotice } from '../../../services/supervision/issue-notice';

describeEachDatabase('official documents', (get) => {
  let app: FastifyInstance;
  const clock = createClock('2025-01-06T02:00:00Z');
  let planId: string;
  let periodId: string;
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    ({ planId, periodId } = await seedQuarter(get().store));
    app = await buildTestApp(get().store, { clock: clock.now, loginRateLimitPerMinute: 10_000 });
  });
  afterAll(() => app.close());

  const as = async (login: string) => {
    if (!cookies.has(login)) cookies.set(login, await signInAs(app, login, SEED_PASSWORD));
    const cookie = cookies.get(login)!;
    return (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  const generate = async (kind = 'circular') => (await (await as('office'))('POST', `/api/plans/${planId}/documents`, { kind, periodKey: QUARTER })).json();

  it('generates a draft of the circular that names every late and missing unit of the quarter', async () => {
    const office = await as('office');
    const timeliness = (await office('GET', `/api/periods/${periodId}/timeliness`)).json();
    const named = timeliness.units.filter((u: { late: number; missing: number }) => u.late > 0 || u.missing > 0).map((u: { unitName: string }) => u.unitName);
    expect(named).toContain('人社局');
    expect(named.length).toBeGreaterThan(20);
    const draft = await generate();
    expect(draft).toMatchObject({ status: 'draft', number: null, kind: 'circular', periodKey: QUARTER, version: 1 });
    const text = JSON.stringify(draft.model.blocks);
    for (const unit of named) expect(text).toContain(unit);
    expect(text).toContain('人社局（迟报1份，最长4天）');
    expect(text).toContain('发改局（第1项任务）：专项资金到位慢。');
    expect(draft.model.date).toBe('2025-01-06');
  });

  it('generates the meeting pack: red items first, each with its latest report', async () => {
    // A 督办单 on task 3, due 15 December and never answered: red by the supervision lights.
    const { store, database } = get();
    const supervisor = actorOf((await store.repos.users.findByLogin('supervisor'))!);
    const task3 = await database.db.selectFrom('plan_tasks').select('id').where('number', '=', 3).executeTakeFirstOrThrow();
    const unit = await database.db.selectFrom('units').select('id').where('name', '=', '科技和工信局').executeTakeFirstOrThrow();
    await issueNotice(
      store,
      supervisor,
      { planId, subjectKind: 'task', subjectId: task3.id, unitId: unit.id, basis: '季度调度', requirement: '报送整改措施', urgency: 'normal', dueDate: '2024-12-15' },
      { now: new Date('2024-12-01T02:00:00Z'), ip: null, userAgent: 'test' },
    );
    const pack = await generate('meeting_pack');
    const blocks = pack.model.blocks as Array<{ type: string; level?: number; text?: string }>;
    const headings = blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => b.text);
    expect(headings[0]).toMatch(/^一、红灯事项（\d+项）$/);
    const text = blocks.map((b) => b.text ?? '').join('\n');
    // Task 1: the lead unit declared it lagging; its consolidated report is the latest shown.
    expect(text).toContain('第1项“实施创新力量厚植工程”（牵头单位：科技和工信局）');
    expect(text).toContain('最新进展（科技和工信局）：kjgx：本季度完成阶段任务');
    expect(text).toContain('存在问题：高层次人才引进难');
    expect(text).toMatch(/第3项“[^”]+”（牵头单位：科技和工信局）\n列入原因：[^\n]*督办单[^\n]*已超过反馈时限22天/);
  });

  it('refuses a period that has not been opened, and unknown kinds, with the field named', async () => {
    const office = await as('office');
    const closed = await office('POST', `/api/plans/${planId}/documents`, { kind: 'circular', periodKey: '2025Q1' });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().error.details.fields).toEqual([{ field: 'periodKey', message: 'not opened' }]);
    expect((await office('POST', `/api/plans/${planId}/documents`, { kind: 'memo', periodKey: QUARTER })).statusCode).toBe(400);
  });

  it('lets the office manage documents and the leader and supervisor only read them', async () => {
    const draft = await generate('leader_report');
    for (const login of ['leader', 'supervisor']) {
      const reader = await as(login);
      expect((await reader('GET', `/api/plans/${planId}/documents`)).json().documents.some((d: { id: string }) => d.id === draft.id)).toBe(true);
      expect((await reader('GET', `/api/documents/${draft.id}`)).statusCode).toBe(200);
      expect((await reader('POST', `/api/plans/${planId}/documents`, { kind: 'circular', periodKey: QUARTER })).statusCode).toBe(403);
      expect((await reader('PUT', `/api/documents/${draft.id}`, { version: 1, model: draft.model })).statusCode).toBe(403);
      expect((await reader('POST', `/api/documents/${draft.id}/issue`, { version: 1 })).statusCode).toBe(403);
    }
    expect((await (await as('fgj'))('GET', `/api/documents/${draft.id}`)).statusCode).toBe(403);
  });

  it('saves the office edits of a draft with optimistic locking', async () => {
    const office = await as('office');
    const draft = await generate();
    const model = { ...draft.model, title: '关于第四季度创新型县建设工作的通报', blocks: [{ type: 'paragraph', text: '改写后的正文。' }, ...draft.model.blocks] };
    const saved = await office('PUT', `/api/documents/${draft.id}`, { version: 1, model });
    expect(saved.json()).toMatchObject({ version: 2, title: '关于第四季度创新型县建设工作的通报' });
    expect(saved.json().model.blocks[0]).toEqual({ type: 'paragraph', text: '改写后的正文。' });
    const stale = await office('PUT', `/api/documents/${draft.id}`, { version: 1, model });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ reason: 'stale_version', currentVersion: 2 });
    const empty = await office('PUT', `/api/documents/${draft.id}`, { version: 2, model: { ...model, title: ' ' } });
    expect(empty.statusCode).toBe(400);
  });

  it('issues a draft with the next number, archives its .docx and refuses any later change', async () => {
    const office = await as('office');
    // Defaults from the county and the leading group, until the office sets its own.
    expect((await (await as('leader'))('GET', `/api/plans/${planId}/document-settings`)).json()).toMatchObject({ numberPrefix: '贺创新办', issuer: '贺兰县创新型县建设领导小组办公室' });
    expect((await (await as('leader'))('PUT', `/api/plans/${planId}/document-settings`, { numberPrefix: '贺办', issuer: '贺兰县', recipients: '', copyTo: [] })).statusCode).toBe(403);
    const settings = await office('PUT', `/api/plans/${planId}/document-settings`, { numberPrefix: '贺创新办', issuer: '贺兰县创新型县建设领导小组办公室', recipients: '各乡镇（场），县直各部门：', copyTo: ['县委办公室'] });
    expect(settings.statusCode).toBe(200);
    expect((await office('PUT', `/api/plans/${planId}/document-settings`, { ...settings.json(), numberPrefix: '贺〔办' })).statusCode).toBe(400);
    const draft = await generate();
    const issued = await office('POST', `/api/documents/${draft.id}/issue`, { version: 1 });
    expect(issued.json()).toMatchObject({ status: 'issued', number: '贺创新办〔2025〕1号', model: { number: '贺创新办〔2025〕1号' } });
    expect(issued.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await office('PUT', `/api/documents/${draft.id}`, { version: 2, model: draft.model })).json().error.details.reason).toBe('issued');
    expect((await office('POST', `/api/documents/${draft.id}/issue`, { version: 2 })).statusCode).toBe(409);

    const download = await (await as('leader'))('GET', `/api/documents/${draft.id}/docx`);
    expect(download.headers['content-type']).toContain('wordprocessingml');
    const docx = await openDocx(download.rawPayload);
    expect(docx.text).toContain('贺创新办〔2025〕1号');
    expect(docx.text).toContain('抄送：县委办公室。');
    const { database } = get();
    const audit = await database.db.selectFrom('audit_log').select(['action', 'details']).where('object_id', '=', draft.id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['document.download', 'document.generate', 'document.issue']);
  });

  it('numbers concurrent issues without repeating a number, and the database refuses a repeated one', async () => {
    const office = await as('office');
    const drafts = await Promise.all([generate(), generate(), generate()]);
    const issued = await Promise.all(drafts.map((d) => office('POST', `/api/documents/${d.id}/issue`, { version: 1 })));
    expect(issued.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(issued.map((r) => r.json().number).sort()).toEqual(['贺创新办〔2025〕2号', '贺创新办〔2025〕3号', '贺创新办〔2025〕4号']);
    const again = await generate();
    const twice = await Promise.all([1, 2].map(() => office('POST', `/api/documents/${again.id}/issue`, { version: 1 })));
    expect(twice.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const { database } = get();
    const row = await database.db.selectFrom('official_documents').selectAll().where('id', '=', again.id).executeTakeFirstOrThrow();
    const copy = { ...row, id: undefined, model: JSON.stringify(row.model), number: row.number };
    await expect(database.db.insertInto('official_documents').values({ ...copy, number_sequence: 99 }).execute()).rejects.toThrow(/official_documents_number_unique/);
  });

  it('keeps an issued document unchangeable in the database itself', async () => {
    const { database } = get();
    const issued = await database.db.selectFrom('official_documents').select('id').where('status', '=', 'issued').executeTakeFirstOrThrow();
    await expect(database.db.updateTable('official_documents').set({ title: '改' }).where('id', '=', issued.id).execute()).rejects.toThrow(/issued and archived/);
    await expect(database.db.deleteFrom('official_documents').where('id', '=', issued.id).execute()).rejects.toThrow(/issued and archived/);
  });

  const workbookOf = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return workbook;
  };
  const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getRows(3, sheet.rowCount - 2)!.map((r) => (r.values as unknown[]).slice(1).map((_, i) => cellText(r.getCell(i + 1))));

  it("exports every unit's report of the quarter, received or not, as one workbook", async () => {
    const response = await (await as('supervisor'))('GET', `/api/periods/${periodId}/reports.xlsx`);
    expect(response.statusCode).toBe(200);
    const sheet = (await workbookOf(response.rawPayload)).getWorksheet('进展情况汇编')!;
    expect(cellText(sheet.getCell(1, 1))).toBe('贺兰县创新型县建设实施方案2024年第四季度进展情况汇编');
    const rows = rowsOf(sheet);
    expect(rows).toHaveLength(202);
    // Task 1: the lead unit's consolidated report first, then the units' by name.
    expect(rows[0]!.slice(3, 9)).toEqual(['科技和工信局', '牵头汇总', '已报送', '进展滞后', 'kjgx：本季度完成阶段任务', '高层次人才引进难']);
    expect(rows.find((r) => r[3] === '人社局' && r[2]!.startsWith('1. '))!.slice(10)).toEqual(['2024-12-24 10:00', '迟报4天']);
    expect(rows.find((r) => r[3] === '金贵镇')!.slice(5)).toEqual(['未报送', '', '', '', '', '', '逾期17天未报']);
    expect((await (await as('fgj'))('GET', `/api/periods/${periodId}/reports.xlsx`)).statusCode).toBe(403);
  });

  it('exports the timeliness table by unit and by obligation', async () => {
    const response = await (await as('office'))('GET', `/api/periods/${periodId}/timeliness.xlsx`);
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['按单位', '明细']);
    const byUnit = rowsOf(workbook.getWorksheet('按单位')!);
    expect(byUnit.find((r) => r[1] === '人社局')!.slice(2)).toEqual(['5', '1', '0', '1', '4', '20%', '0%']);
    expect(rowsOf(workbook.getWorksheet('明细')!)).toHaveLength(202);
    const audit = await get().database.db.selectFrom('audit_log').select('details').where('action', '=', 'document.export').execute();
    expect(audit.map((a) => (a.details as { what: string }).what).sort()).toEqual(['report_compilation', 'timeliness']);
  });
});
