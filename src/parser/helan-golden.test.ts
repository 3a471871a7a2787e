import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { HELAN_FIXTURE, readPlanFixture } from '../../test/fixtures/plans/read-plan-fixture';
import { parsePlanDocument } from './parse-plan-document';
import { parsePlanText } from './parse-plan-text';
import { PlanDocumentSchema, type PlanDocument } from './plan-document.schema';
import { HELAN_FACTS, helanFacts } from './testing/helan-golden-facts';
import { helanAsDocx, helanAsHtml, helanFullWidth } from './testing/helan-variants';

const bytes = readPlanFixture(HELAN_FIXTURE);
const text = bytes.toString('utf8');

function planOf(result: Awaited<ReturnType<typeof parsePlanDocument>>): PlanDocument {
  if (!result.ok) throw new Error(`expected a plan, got ${result.error.code}: ${result.error.message}`);
  return result.plan;
}

describe('the Helan plan (golden)', () => {
  const plan = planOf(parsePlanText(text));

  it('is a valid format-1 document', () => {
    expect(PlanDocumentSchema.safeParse(plan).success).toBe(true);
    expect(plan.formatVersion).toBe(1);
  });

  it('yields every golden fact: metadata, goals, indicators, tasks and their units, rules, conflicts', () => {
    expect(helanFacts(plan)).toEqual(HELAN_FACTS);
  });

  it('counts 22 overall goals, 20 indicators with three years each, 7 sections and 22 tasks', () => {
    expect(plan.goals).toHaveLength(22);
    expect(plan.indicators).toHaveLength(20);
    expect(plan.indicators.every((i) => Object.keys(i.targets).join() === '2023,2024,2025')).toBe(true);
    expect(plan.sections).toHaveLength(7);
    expect(plan.sections.flatMap((s) => s.tasks.map((t) => t.number))).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('points every fact at its source line', () => {
    expect(plan.indicators.map((i) => i.line)).toEqual(Array.from({ length: 20 }, (_, i) => 52 + 12 * i));
    expect(plan.sections.map((s) => s.line)).toEqual([296, 308, 314, 322, 328, 336, 346]);
    expect(plan.goals.map((g) => g.line)).toEqual([...Array(6).fill(36), ...Array(7).fill(38), 40, ...Array(5).fill(42), 44, 44, 44]);
    expect(plan.rules.reporting?.line).toBe(358);
    expect(plan.rules.office?.line).toBe(356);
    expect(plan.metadata.period).toEqual({ startYear: 2023, endYear: 2025 });
  });

  it('names both conflicts with the values and lines on each side', () => {
    const conflicts = plan.findings.filter((f) => f.code === 'conflicting_targets');
    expect(conflicts.map((f) => [f.severity, f.lines])).toEqual([
      ['warning', [36, 148, 300]],
      ['warning', [36, 160, 300]],
    ]);
    expect(conflicts[1]?.messageZh).toBe(
      '“科技型中小企业”2025年目标在不同位置不一致:总体目标(第36行)、第2项任务(第300行)为180家,年度指标第10项(第160行)为230个,请核实后统一。',
    );
    expect(conflicts[1]?.message).toContain('180家');
    expect(conflicts[1]?.message).toContain('230个');
  });

  it('reads the reporting rule, the office and the leading group', () => {
    expect(plan.rules.office).toEqual({ name: '创新型县建设领导小组办公室', hostUnit: '科技和工信局', hostUnitAsWritten: '县科技和工信局', line: 356 });
    expect(plan.rules.leadingGroup).toMatchObject({ name: '创新型县建设领导小组', head: '县政府主要领导', deputyHead: '县政府分管副县长' });
    expect(plan.rules.meeting?.organiser).toBe('创新型县建设领导小组办公室');
    expect(plan.rules.assessment?.scope).toEqual(['各部门', '各乡镇(场)']);
    expect(plan.rules.supervision).toMatchObject({ unit: '县委、县政府督查室', circulars: true });
  });

  it('reads the yearly, ranged and deadline targets inside tasks', () => {
    const task = (n: number) => plan.sections.flatMap((s) => s.tasks).find((t) => t.number === n);
    expect(task(1)?.targets).toMatchObject([{ comparator: '>=', value: 4, unit: '家', cadence: 'yearly', startYear: 2023, year: null }]);
    expect(task(4)?.targets[0]).toMatchObject({ metric: '实施“揭榜挂帅”项目', value: 2, maxValue: 3, cadence: 'yearly' });
    expect(task(4)?.targets[1]).toMatchObject({ metric: '县级财政研发投入', comparator: 'increase_by', kind: 'annual_growth', qualifier: 'at_least' });
    expect(task(2)?.targets.map((t) => [t.metric, t.value, t.year, t.cadence])).toEqual([
      ['国家级高新技术企业', 40, 2025, 'deadline'],
      ['自治区农业高新技术企业', 15, 2025, 'deadline'],
      ['科技“小巨人”企业', 15, 2025, 'deadline'],
      ['科技型中小企业', 180, 2025, 'deadline'],
      ['科技服务机构或技术转移机构', 6, 2025, 'deadline'],
    ]);
    expect(plan.sections.flatMap((s) => s.tasks).reduce((n, t) => n + t.targets.length, 0)).toBe(42);
  });

  it('keeps descriptive numbers out of the targets (年产45000吨, 5G, “5·19”)', () => {
    const values = plan.sections.flatMap((s) => s.tasks.flatMap((t) => t.targets.map((x) => x.value)));
    expect(values).not.toContain(45000);
    expect(values).not.toContain(5.19);
    expect(values).not.toContain(19);
  });

  it('registers every unit once, merging 县科协 into 科协 and flagging 审批服务局 / 审批服务管理局', () => {
    const unit = (name: string) => plan.units.find((u) => u.name === name);
    expect(unit('科协')).toMatchObject({ aliases: ['县科协'], kind: 'department', taskNumbers: [3, 4, 5, 19] });
    expect(unit('科技和工信局')?.aliases).toEqual(['县科技和工信局']);
    expect(unit('审批服务局')?.suspectedDuplicates).toEqual(['审批服务管理局']);
    expect(unit('各乡镇(场)')).toMatchObject({ kind: 'group', group: { scope: 'townships', of: null } });
    expect(unit('健康贺兰建设领导小组各成员单位')?.group).toEqual({ scope: 'members_of', of: '健康贺兰建设领导小组' });
    expect(unit('县属各企事业单位')?.kind).toBe('group');
    expect(unit('银川市生态环境局贺兰分局')?.kind).toBe('external');
    expect(unit('贺兰工业园区管委会')?.kind).toBe('park');
    expect(unit('融晟公司')?.kind).toBe('enterprise');
    expect(unit('富兴街街道办')?.kind).toBe('township');
    const names = plan.units.flatMap((u) => [u.name, ...u.aliases]);
    expect(new Set(names).size).toBe(names.length);
    expect(plan.findings.some((f) => f.code === 'suspected_duplicate_unit' && f.params['a'] === '审批服务局')).toBe(true);
  });

  it('outlines every heading at every level', () => {
    expect(plan.outline).toHaveLength(43);
    expect(plan.outline.slice(0, 4).map((o) => [o.level, o.style, o.number, o.text, o.line])).toEqual([
      [1, 'chinese', '一', '指导思想', 28],
      [1, 'chinese', '二', '主要目标', 32],
      [2, 'arabic', '1', '总体目标', 34],
      [3, 'dash', null, '县域创新能力水平实现新跃升', 36],
    ]);
    expect(plan.outline.filter((o) => o.style === 'dash')).toHaveLength(5);
  });
});

describe('the Helan plan in other forms yields the same golden facts', () => {
  it('re-encoded in GBK', async () => {
    // GBK has no en/em spaces (U+2002/U+2003, used on the page for alignment): an export writes plain spaces.
    const source = text.replace(/[\u2002\u2003]/g, ' ');
    const gbk = iconv.encode(source, 'gbk');
    expect(iconv.decode(gbk, 'gbk')).toBe(source);
    const plan = planOf(await parsePlanDocument(gbk, { fileName: 'helan.txt' }));
    expect(plan.source.encoding).toBe('gb18030');
    expect(helanFacts(plan)).toEqual(HELAN_FACTS);
  });

  it('as UTF-8 with a byte-order mark', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    const plan = planOf(await parsePlanDocument(withBom));
    expect(plan.source.encoding).toBe('utf-8-bom');
    expect(helanFacts(plan)).toEqual(HELAN_FACTS);
  });

  it('in full-width punctuation with [2024] for 〔2024〕', () => {
    expect(helanFacts(planOf(parsePlanText(helanFullWidth(text))))).toEqual(HELAN_FACTS);
  });

  it('wrapped in HTML with the indicators as a <table>', async () => {
    const html = helanAsHtml(text);
    expect(html).toContain('<td>全社会研发投入强度(%</td>');
    const plan = planOf(await parsePlanDocument(Buffer.from(html), { fileName: 'helan.html' }));
    expect(plan.source.format).toBe('html');
    expect(helanFacts(plan)).toEqual(HELAN_FACTS);
  });

  it('written as a .docx with the indicators as a Word table', async () => {
    const docx = await helanAsDocx(text);
    const plan = planOf(await parsePlanDocument(docx, { fileName: 'helan.docx' }));
    expect(plan.source.format).toBe('docx');
    expect(helanFacts(plan)).toEqual(HELAN_FACTS);
  });
});
