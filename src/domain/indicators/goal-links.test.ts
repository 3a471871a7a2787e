import { describe, expect, it } from 'vitest';
import { governingTargets, linkGoalsToIndicators, type GoalTarget, type TableIndicator } from './goal-links';

const goal = (overrides: Partial<GoalTarget>): GoalTarget => ({ id: 'g', metric: '科技型中小企业', kind: 'level', cadence: 'deadline', year: 2025, value: 180, unit: '家', ...overrides });
const indicator = (overrides: Partial<TableIndicator>): TableIndicator => ({ id: 'i10', name: '科技型中小企业', unit: '个', targets: { '2023': 160, '2024': 180, '2025': 230 }, ...overrides });

describe('linking overall goals to the annual table', () => {
  it('links the same measure in comparable units and flags different values as a conflict (Helan: 180家 vs 230个)', () => {
    expect(linkGoalsToIndicators([goal({})], [indicator({})])).toEqual([
      { indicatorId: 'i10', goalId: 'g', metric: '科技型中小企业', year: 2025, goalValue: 180, goalUnit: '家', tableValue: 230, conflict: true },
    ]);
  });

  it('links without a conflict where both say the same, and matches names the parser treats as one measure', () => {
    const links = linkGoalsToIndicators([goal({ metric: '自治区科技“小巨人”企业', value: 32 })], [indicator({ name: '科技小巨人企业', targets: { '2025': 32 } })]);
    expect(links).toMatchObject([{ tableValue: 32, conflict: false }]);
  });

  it('does not link other measures, other units, growth rates or goals without a year', () => {
    const table = [indicator({})];
    expect(linkGoalsToIndicators([goal({ metric: '国家高新技术企业' })], table)).toEqual([]);
    expect(linkGoalsToIndicators([goal({ unit: '%' })], table)).toEqual([]);
    expect(linkGoalsToIndicators([goal({ kind: 'annual_growth' })], table)).toEqual([]);
    expect(linkGoalsToIndicators([goal({ year: null })], table)).toEqual([]);
  });
});

describe('the governing target', () => {
  const links = linkGoalsToIndicators([goal({})], [indicator({})]);
  const table = { '2023': 160, '2024': 180, '2025': 230 };

  it('is the table’s until the office chooses the goal’s', () => {
    expect(governingTargets(table, links, new Map())).toEqual(table);
    expect(governingTargets(table, links, new Map([[2025, 'table' as const]]))).toEqual(table);
  });

  it('is the goal’s in the year the office chose it for', () => {
    expect(governingTargets(table, links, new Map([[2025, 'goal' as const]]))).toEqual({ '2023': 160, '2024': 180, '2025': 180 });
  });
});
