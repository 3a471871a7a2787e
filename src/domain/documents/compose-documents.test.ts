import { describe, expect, it } from 'vitest';
import { selectAttentionItems } from './attention-items';
import { chineseDate, chineseNumeral, periodLabel } from './chinese-text';
import { composeCircular } from './compose-circular';
import { composeLeaderReport } from './compose-leader-report';
import { composeMeetingPack } from './compose-meeting-pack';
import type { DocumentModel } from './document-model';
import { checkNumberPrefix, formatDocumentNumber } from './document-number';
import { taskProgressOf } from './period-facts';
import { buildPeriodFacts, buildReportFact, buildTaskFact } from './testing/build-facts';

const SETUP = { issuer: '贺兰县创新型县建设领导小组办公室', recipients: '各乡镇（场），县直各部门：', copyTo: ['县委办公室', '县政府办公室'], date: '2025-01-06' };
const textOf = (model: DocumentModel) =>
  model.blocks.map((b) => (b.type === 'table' ? [b.caption, ...b.rows.flat()].join(' ') : b.text)).join('\n');
const headings = (model: DocumentModel, level: number) => model.blocks.flatMap((b) => (b.type === 'heading' && b.level === level ? [b.text] : []));

describe('official Chinese writing', () => {
  it('numbers documents as 机关代字〔年份〕序号号 without leading zeros', () => {
    expect(formatDocumentNumber('贺创新办', 2025, 3)).toBe('贺创新办〔2025〕3号');
    expect(checkNumberPrefix('贺创新办')).toBeNull();
    expect(checkNumberPrefix('贺〔办')).not.toBeNull();
    expect(checkNumberPrefix('贺')).not.toBeNull();
  });

  it('writes dates, periods and numerals the official way', () => {
    expect(chineseDate('2025-03-05')).toBe('2025年3月5日');
    expect(periodLabel('2024Q4')).toBe('2024年第四季度');
    expect(periodLabel('2024H1')).toBe('2024年上半年');
    expect([1, 10, 12, 20, 35].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '三十五']);
  });
});

describe('composeCircular', () => {
  const circular = composeCircular(buildPeriodFacts(), SETUP);
  const text = textOf(circular);

  it('numbers its headings 一、 and （一） in order, restarting under each heading', () => {
    expect(headings(circular, 1)).toEqual(['一、总体进展情况', '二、主要指标完成情况', '三、重点任务推进情况', '四、进展报告报送情况', '五、存在问题', '六、下步工作要求']);
    expect(headings(circular, 2).slice(0, 3)).toEqual(['（一）加快提升创新发展综合能力', '（二）推动产业创新', '（一）抓紧补报进展']);
  });

  it('names every late and missing unit, and the lagging indicators and tasks', () => {
    expect(text).toContain('逾期未报送的单位有：金贵镇（1份）');
    expect(text).toContain('人社局（迟报1份，最长3天）');
    expect(text).toContain('全社会研发投入强度等1项指标进展滞后');
    expect(text).toContain('全社会研发投入强度（约束性）：2024年实际1.2%，未达到2024年目标1.5%。');
    expect(text).toContain('第1项“实施创新力量厚植工程”（牵头单位：科技和工信局）进展滞后');
    expect(text).toContain('请金贵镇于本通报印发之日起5个工作日内补报2024年第四季度进展报告');
  });

  it('gathers the problems from the reports and leaves out "无"', () => {
    expect(text).toContain('1.科技和工信局（第1项任务）：资金到位慢。');
    expect(text).not.toContain('：无。');
  });

  it('puts the tasks by section and status, indicators and timeliness in tables', () => {
    const tables = circular.blocks.filter((b) => b.type === 'table');
    expect(tables.map((t) => t.caption)).toEqual(['表1  2024年第四季度重点任务推进情况', '表2  年度指标完成情况', '表3  2024年第四季度进展报告报送情况']);
    expect(tables[0]!.rows[0]).toEqual(['加快提升创新发展综合能力', '2', '0', '1', '1', '0', '0']);
    expect(tables[2]!.rows.map((r) => r[1])).toEqual(['金贵镇', '人社局']);
  });

  it('counts the overall goals outside the annual table apart, and lists them after the table, marked 总体目标', () => {
    const facts = buildPeriodFacts();
    const goal = { number: 21, name: '规模以上工业增加值增速', attribute: null, origin: 'goal' as const, status: 'limited_progress' as const, explanation: '2024年增长2.5%，低于年均增长6%以上的目标，进展有限。' };
    const withGoal = composeCircular({ ...facts, indicators: [...facts.indicators, goal] }, SETUP);
    expect(textOf(withGoal)).toContain('按2024年目标测算，2项年度指标中，按计划推进1项、约束性指标未达标1项；1项总体目标中，进展有限1项。');
    expect(textOf(withGoal)).toContain('规模以上工业增加值增速：2024年增长2.5%，低于年均增长6%以上的目标，进展有限。');
    const table = withGoal.blocks.find((b) => b.type === 'table' && b.caption.startsWith('表2'));
    expect(table).toMatchObject({ caption: '表2  年度指标和总体目标完成情况' });
    expect(table?.type === 'table' && table.rows.at(-1)).toEqual(['21', '规模以上工业增加值增速', '总体目标', '进展有限', goal.explanation]);
  });

  it('carries the title, recipients, issuer, date and colophon, and no number before issue', () => {
    expect(circular).toMatchObject({ kind: 'circular', number: null, title: '关于2024年第四季度贺兰县创新型县建设工作推进情况的通报', recipients: SETUP.recipients, date: '2025-01-06' });
    expect(circular.colophon).toEqual({ copyTo: SETUP.copyTo, printedBy: SETUP.issuer, printedOn: '2025-01-06' });
  });
});

describe('the leadership report and the meeting pack', () => {
  it('reports the same facts to the principal leaders, shorter and without tables', () => {
    const circular = composeCircular(buildPeriodFacts(), SETUP);
    const report = composeLeaderReport(buildPeriodFacts(), SETUP);
    expect(report.recipients).toBe('县委、县政府主要领导：');
    expect(report.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(textOf(report).length).toBeLessThan(textOf(circular).length);
    expect(textOf(report)).toContain('金贵镇（1份）');
    expect(textOf(report)).toContain('建议由督查室对金贵镇、人社局开展督办');
  });

  it('lists red items before yellow ones, each with its latest report', () => {
    const pack = composeMeetingPack(buildPeriodFacts(), SETUP);
    expect(headings(pack, 1)).toEqual(['一、红灯事项（1项）', '二、黄灯事项（1项）', '三、指标预警（1项）']);
    expect(textOf(pack)).toContain('【红灯】全社会研发投入强度（约束性指标未达标）');
    expect(textOf(pack)).toContain('列入原因：牵头单位2024Q4报告任务进度滞后；2024Q4进度报告逾期未报送：金贵镇（逾期17天）。');
    expect(textOf(pack)).toContain('存在问题：资金到位慢');
    expect(textOf(pack)).toContain('列入原因：2024Q4进度报告逾期报送：人社局（逾期3天）。');
  });
});

describe('task progress and lights', () => {
  it("takes the lead unit's consolidated declaration, else the least favourable unit one", () => {
    expect(taskProgressOf({ reports: [buildReportFact({ taskStatus: 'on_track' }), buildReportFact({ kind: 'consolidated', taskStatus: 'completed' })] })).toBe('completed');
    expect(taskProgressOf({ reports: [buildReportFact({ taskStatus: 'on_track' }), buildReportFact({ taskStatus: 'not_started' })] })).toBe('not_started');
    expect(taskProgressOf({ reports: [] })).toBe('unreported');
  });

  it("lights tasks by the supervision area's rules: an overdue 督办单 is red, a report due in days yellow, an on-time task none", () => {
    const facts = buildPeriodFacts({
      asOf: '2024-12-18',
      sections: [
        {
          title: '加快提升创新发展综合能力',
          tasks: [
            buildTaskFact({ number: 4, notices: [{ number: '督〔2024〕2号', status: 'signed', dueDate: '2024-12-10' }] }),
            buildTaskFact({ number: 5, obligations: [{ unitName: '立岗镇', timeliness: { status: 'not_due' } }] }),
            buildTaskFact({ number: 6 }),
          ],
        },
      ],
    });
    const items = selectAttentionItems(facts);
    expect(items.map((i) => [i.taskNumber, i.light])).toEqual([
      [4, 'red'],
      [5, 'yellow'],
    ]);
    expect(items[0]!.reasons).toEqual(['督办单督〔2024〕2号已超过反馈时限8天']);
    expect(items[1]!.reasons).toEqual(['2024Q4进度报告临近截止尚未报送：立岗镇（还剩2天）']);
  });
});
