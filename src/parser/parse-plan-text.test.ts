import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text';
import { PlanDocumentSchema } from './plan-document.schema';

const minimalPlan = [
  'XX县数字乡村建设实施方案',
  '一、主要目标',
  '到2025年,建成数字化车间10个以上。',
  '二、重点任务',
  '(一)夯实基础',
  '1.建设网络设施。推进5G覆盖。(牵头单位:县网信办;责任单位:各乡镇)',
  '2.培育数字企业。到2025年,新增数字企业5家以上。',
  '4.推进数字政务。(县政务服务中心牵头,县大数据中心配合)',
].join('\n');

describe('parsePlanText', () => {
  it('reads a small plan and checks it: a task without a lead unit, a numbering gap', () => {
    const result = parsePlanText(minimalPlan);
    if (!result.ok) throw new Error(result.error.message);
    expect(PlanDocumentSchema.safeParse(result.plan).success).toBe(true);
    expect(result.plan.sections[0]?.tasks.map((t) => [t.number, t.leadUnits, t.responsibleUnits, t.cooperatingUnits])).toEqual([
      [1, ['县网信办'], ['各乡镇'], []],
      [2, [], [], []],
      [4, ['县政务服务中心'], [], ['县大数据中心']],
    ]);
    expect(result.plan.findings.map((f) => [f.severity, f.code, f.line])).toContainEqual(['error', 'task_without_lead_unit', 7]);
    expect(result.plan.findings.map((f) => [f.code, f.params])).toContainEqual(['task_number_gap', { previous: 2, task: 4 }]);
    expect(result.plan.goals[0]).toMatchObject({ metric: '数字化车间', comparator: '>=', value: 10, year: 2025 });
  });

  it('gives every finding an English and a Chinese message', () => {
    const result = parsePlanText(minimalPlan);
    expect(result.ok && result.plan.findings.every((f) => f.message !== '' && /[\u4e00-\u9fff]/.test(f.messageZh))).toBe(true);
  });

  it.each([
    ['an empty text', ''],
    ['blank lines', '\n\n  \n'],
    ['prose', '今天天气很好。我们去公园散步,看到了很多花。'],
    ['headings without tasks, goals or a table', '一、概况\n坚持创新。\n二、意义\n(一)提高认识'],
  ])('finds no plan structure in %s and says what it looked for', (_name, text) => {
    const result = parsePlanText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('no_plan_structure');
    expect(result.error.message).toMatch(/^no plan structure found/);
    expect(result.error.messageZh).toMatch(/^未识别到实施方案的结构/);
    expect(result.error.lookedFor.length).toBeGreaterThanOrEqual(3);
  });
});
