import { describe, expect, it } from 'vitest';
import { extractRules } from './extract-rules';

describe('extractRules', () => {
  it('reads a monthly rule due in the first days of the next month', () => {
    const rules = extractRules(['各责任单位于每月5日前向县发改局报送上月工作进展情况。'], 0);
    expect(rules.reporting).toMatchObject({ cadence: 'monthly', dueDay: 5, dueMonthOfPeriod: null, reportTo: '县发改局', line: 1 });
  });

  it('reads the quarter-end rule, the office and its host, the meeting and the assessment', () => {
    const rules = extractRules(
      [
        '成立以县长为组长的数字乡村建设领导小组,领导小组办公室设在县网信办,负责日常工作。',
        '各成员单位每季度末25日前向领导小组办公室报送工作进展。领导小组办公室每半年召开一次推进会。',
        '将工作纳入各乡镇年度考核。',
      ],
      0,
    );
    expect(rules.reporting).toMatchObject({ cadence: 'quarterly', dueDay: 25, dueMonthOfPeriod: 'last', line: 2 });
    expect(rules.office).toMatchObject({ name: '数字乡村建设领导小组办公室', hostUnitAsWritten: '县网信办', line: 1 });
    expect(rules.leadingGroup?.name).toBe('数字乡村建设领导小组');
    expect(rules.meeting).toMatchObject({ cadence: 'half_yearly', organiser: '领导小组办公室' });
    expect(rules.assessment).toMatchObject({ cadence: 'yearly', scope: ['各乡镇'] });
  });

  it('returns nulls when the plan states no rules', () => {
    expect(Object.values(extractRules(['一、总体要求', '坚持创新发展。'], 0)).every((rule) => rule === null)).toBe(true);
  });
});
