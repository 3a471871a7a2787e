import { describe, expect, it } from 'vitest';
import type { Timeliness } from '../reporting/timeliness';
import { DEFAULT_ESCALATION } from './notice-escalation';
import { indicatorLight, taskLight, unitLight, type Light, type LightRules, type NoticeFact, type ObligationFact, type ReasonCode, type TaskFacts } from './lights';

const TODAY = '2025-03-18';
const RULES: LightRules = { dueSoonDays: 3, escalation: DEFAULT_ESCALATION };
const owed = (subject: string, timeliness: Timeliness, dueDate = '2025-03-20'): ObligationFact => ({ subject, periodKey: '2025Q1', dueDate, timeliness });
const notice = (status: NoticeFact['status'], dueDate: string, number = '督办〔2025〕1号'): NoticeFact => ({ number, status, dueDate });
const task = (overrides: Partial<TaskFacts>): TaskFacts => ({ obligations: [], latestStatus: null, notices: [], ...overrides });

interface Row {
  rule: string;
  facts: TaskFacts;
  light: Light;
  codes: ReasonCode[];
  text?: string;
}

/** Each row is one rule of the lights; the light is the worst reason, reasons worst first. */
const TASK_ROWS: Row[] = [
  { rule: 'green when every report is in on time and nothing else is open', facts: task({ obligations: [owed('发改局', { status: 'on_time' })] }), light: 'green', codes: [] },
  { rule: 'green when the deadline is more than 3 days away', facts: task({ obligations: [owed('发改局', { status: 'not_due' }, '2025-03-22')] }), light: 'green', codes: [] },
  { rule: 'yellow when the deadline is 3 days away', facts: task({ obligations: [owed('发改局', { status: 'not_due' }, '2025-03-21')] }), light: 'yellow', codes: ['report_due_soon'], text: '2025Q1进度报告临近截止尚未报送：发改局（还剩3天）' },
  { rule: 'yellow on the last day', facts: task({ obligations: [owed('发改局', { status: 'not_due' }, TODAY)] }), light: 'yellow', codes: ['report_due_soon'], text: '2025Q1进度报告临近截止尚未报送：发改局（今天截止）' },
  { rule: 'yellow when a report came late', facts: task({ obligations: [owed('发改局', { status: 'late', daysLate: 2 })] }), light: 'yellow', codes: ['report_late'], text: '2025Q1进度报告逾期报送：发改局（逾期2天）' },
  {
    rule: 'red when reports are missing, naming every unit in one sentence',
    facts: task({ obligations: [owed('发改局', { status: 'missing', daysOverdue: 4 }), owed('财政局', { status: 'missing', daysOverdue: 4 }), owed('人社局', { status: 'on_time' })] }),
    light: 'red',
    codes: ['report_missing'],
    text: '2025Q1进度报告逾期未报送：发改局（逾期4天）、财政局（逾期4天）',
  },
  { rule: 'red when the lead unit reports the task lagging (滞后)', facts: task({ latestStatus: { status: 'lagging', periodKey: '2025Q1' } }), light: 'red', codes: ['task_lagging'], text: '牵头单位2025Q1报告任务进度滞后' },
  { rule: 'green when the lead unit reports it on track', facts: task({ latestStatus: { status: 'on_track', periodKey: '2025Q1' } }), light: 'green', codes: [] },
  { rule: 'red when a notice on it is overdue', facts: task({ notices: [notice('signed', '2025-03-17')] }), light: 'red', codes: ['notice_overdue'], text: '督办单督办〔2025〕1号已超过反馈时限1天' },
  { rule: 'yellow when a notice on it is due within 3 days', facts: task({ notices: [notice('issued', '2025-03-20')] }), light: 'yellow', codes: ['notice_due_soon'], text: '督办单督办〔2025〕1号2天后到反馈时限' },
  { rule: 'yellow while a notice is open, not yet closed (销号)', facts: task({ notices: [notice('responded', '2025-03-17')] }), light: 'yellow', codes: ['notice_open'], text: '督办单督办〔2025〕1号已反馈，待销号' },
  { rule: 'green once its notice is closed', facts: task({ notices: [notice('closed', '2025-03-10')] }), light: 'green', codes: [] },
  {
    rule: 'the worst reason wins and comes first',
    facts: task({ obligations: [owed('发改局', { status: 'late', daysLate: 1 })], latestStatus: { status: 'lagging', periodKey: '2025Q1' } }),
    light: 'red',
    codes: ['task_lagging', 'report_late'],
  },
];

describe('task lights', () => {
  for (const row of TASK_ROWS) {
    it(row.rule, () => {
      const result = taskLight(row.facts, TODAY, RULES);
      expect(result.light).toBe(row.light);
      expect(result.reasons.map((r) => r.code)).toEqual(row.codes);
      if (row.text) expect(result.reasons[0]!.text).toBe(row.text);
    });
  }

  it('takes the due-soon window from the rules', () => {
    const facts = task({ obligations: [owed('发改局', { status: 'not_due' }, '2025-03-23')] });
    expect(taskLight(facts, TODAY, RULES).light).toBe('green');
    expect(taskLight(facts, TODAY, { ...RULES, dueSoonDays: 5 }).light).toBe('yellow');
  });
});

describe('indicator lights', () => {
  const rows: Array<[string, Parameters<typeof indicatorLight>[0], Light, ReasonCode[]]> = [
    ['red when a binding indicator missed its target', { status: 'binding_target_missed', attribute: 'binding', notices: [] }, 'red', ['indicator_binding_missed']],
    ['red when a binding indicator is at risk (needs acceleration)', { status: 'needs_acceleration', attribute: 'binding', notices: [] }, 'red', ['indicator_binding_at_risk']],
    ['red when a binding indicator deteriorates', { status: 'deteriorating', attribute: 'binding', notices: [] }, 'red', ['indicator_binding_at_risk']],
    ['green when a binding indicator is on track', { status: 'on_track', attribute: 'binding', notices: [] }, 'green', []],
    ['yellow when an expected indicator makes limited progress', { status: 'limited_progress', attribute: 'expected', notices: [] }, 'yellow', ['indicator_lagging']],
    ['green when an expected indicator only needs acceleration', { status: 'needs_acceleration', attribute: 'expected', notices: [] }, 'green', []],
    ['green when achieved', { status: 'achieved', attribute: 'binding', notices: [] }, 'green', []],
    ['green without data (nothing to judge yet)', { status: 'no_data', attribute: 'binding', notices: [] }, 'green', []],
    ['red when a notice on it is overdue', { status: 'on_track', attribute: null, notices: [notice('returned', '2025-03-01')] }, 'red', ['notice_overdue']],
    ['yellow when an overall goal’s entry makes limited progress (lit like an expected indicator)', { status: 'limited_progress', attribute: null, origin: 'goal', notices: [] }, 'yellow', ['indicator_lagging']],
    ['green when an overall goal’s entry only needs acceleration', { status: 'needs_acceleration', attribute: null, origin: 'goal', notices: [] }, 'green', []],
  ];
  for (const [rule, facts, light, codes] of rows) {
    it(rule, () => {
      const result = indicatorLight(facts, TODAY, RULES);
      expect([result.light, result.reasons.map((r) => r.code)]).toEqual([light, codes]);
    });
  }

  it('says why in words', () => {
    expect(indicatorLight({ status: 'limited_progress', attribute: 'binding', notices: [] }, TODAY, RULES).reasons[0]!.text).toBe('约束性指标进展有限，存在完不成目标的风险');
    expect(indicatorLight({ status: 'deteriorating', attribute: null, origin: 'goal', notices: [] }, TODAY, RULES).reasons[0]!.text).toBe('总体目标出现倒退');
  });
});

describe('unit lights', () => {
  const rows: Array<[string, Parameters<typeof unitLight>[0], Light, ReasonCode[]]> = [
    ['green with nothing owed or open', { obligations: [], notices: [] }, 'green', []],
    ['red with a report missing', { obligations: [owed('任务3', { status: 'missing', daysOverdue: 1 })], notices: [] }, 'red', ['report_missing']],
    ['yellow with a notice signed for and not yet responded, deadline far', { obligations: [], notices: [notice('signed', '2025-04-30')] }, 'yellow', ['notice_open']],
    ['red with an overdue notice', { obligations: [owed('任务3', { status: 'on_time' })], notices: [notice('issued', '2025-03-10')] }, 'red', ['notice_overdue']],
    ['green once the notice is closed', { obligations: [owed('任务3', { status: 'on_time' })], notices: [notice('closed', '2025-03-10')] }, 'green', []],
  ];
  for (const [rule, facts, light, codes] of rows) {
    it(rule, () => {
      const result = unitLight(facts, TODAY, RULES);
      expect([result.light, result.reasons.map((r) => r.code)]).toEqual([light, codes]);
    });
  }
});
