import { describe, expect, it } from 'vitest';
import { HELAN_FIXTURE, readPlanFixture } from '../../../test/fixtures/plans/read-plan-fixture';
import { parsePlanText } from '../../parser/parse-plan-text';
import { assignGoalNumbers, goalIndicatorsOf, type PlanGoal } from './goal-indicators';

const goal = (overrides: Partial<PlanGoal>): PlanGoal => ({
  metric: '国家高新技术企业', comparator: '>=', value: 40, qualifier: null, unit: '家', year: 2025, startYear: null, cadence: 'deadline', kind: 'level', text: '', theme: null, line: 1, ...overrides,
});
const PLAN = { startYear: 2023, endYear: 2025 };

describe('overall goals in the indicator registry', () => {
  it('gives Helan an entry for each of the 19 goals the annual table does not measure', () => {
    const parsed = parsePlanText(readPlanFixture(HELAN_FIXTURE).toString('utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { goals, indicators } = parsed.plan;
    const entries = goalIndicatorsOf(goals, indicators.map((i) => ({ id: String(i.number), ...i })), PLAN);
    // 科技“小巨人”企业, 科技型中小企业 and 公民具备科学素质比例 stay with table indicators 9, 10 and 18.
    expect(entries).toHaveLength(19);
    expect(entries.map((e) => e.name)).not.toContain('科技型中小企业');
    expect(entries.find((e) => e.name === '国家高新技术企业')).toMatchObject({ kind: 'level', unit: '家', direction: 'higher', targets: { '2025': 40 } });
    expect(entries.find((e) => e.metricKey === '地区生产总值')).toMatchObject({ kind: 'annual_growth', name: '地区生产总值增速', unit: '%', qualifier: 'about', targets: { '2023': 7, '2024': 7, '2025': 7 } });
    // 下降15%: the level to reach needs the office's baseline; the unit is table indicator 20's.
    expect(entries.find((e) => e.kind === 'relative_change')).toMatchObject({ name: '万元GDP综合能耗', unit: '吨标准煤/万元', direction: 'lower', comparator: 'decrease_by', targets: { '2025': 15 } });
    expect(entries.filter((e) => e.kind === 'annual_growth').map((e) => e.name)).toEqual(['规模以上工业增加值增速', '地区生产总值增速', '一般公共预算收入增速', '城镇居民人均可支配收入增速', '农村居民人均可支配收入增速']);
  });

  it('keeps one entry per metric and kind, signs a fall, and spreads a yearly level over the years', () => {
    const entries = goalIndicatorsOf(
      [
        goal({}),
        goal({ text: '又提到一次' }),
        goal({ metric: '能耗', kind: 'annual_growth', comparator: 'decrease_by', value: 3, unit: '%' }),
        goal({ metric: '新增企业', cadence: 'yearly', value: 10, year: null }),
      ],
      [],
      PLAN,
    );
    expect(entries.map((e) => [e.name, e.direction, e.targets])).toEqual([
      ['国家高新技术企业', 'higher', { '2025': 40 }],
      ['能耗增速', 'lower', { '2023': -3, '2024': -3, '2025': -3 }],
      ['新增企业', 'higher', { '2023': 10, '2024': 10, '2025': 10 }],
    ]);
  });
});

describe('numbering goal entries after the annual table', () => {
  it('numbers new goals after the table, in the document’s order', () => {
    expect(assignGoalNumbers({ reserved: [1, 2, 3], existing: [], wanted: ['a', 'b'] })).toEqual(new Map([['a', 4], ['b', 5]]));
  });

  it('keeps a goal’s number across re-imports, retired goals included', () => {
    const numbers = assignGoalNumbers({ reserved: [1, 2, 3], existing: [{ key: 'a', number: 4 }, { key: 'b', number: 5 }, { key: 'gone', number: 6 }], wanted: ['b', 'new', 'a'] });
    expect(numbers).toEqual(new Map([['a', 4], ['b', 5], ['gone', 6], ['new', 7]]));
  });

  it('moves a goal whose number a grown table now uses, after every number in use', () => {
    const numbers = assignGoalNumbers({ reserved: [1, 2, 3, 4], existing: [{ key: 'a', number: 4 }, { key: 'b', number: 5 }], wanted: ['a', 'b', 'c'] });
    expect(numbers).toEqual(new Map([['b', 5], ['a', 6], ['c', 7]]));
  });
});
