import { describe, expect, it } from 'vitest';
import { HELAN_FIXTURE, readPlanFixture } from '../../../test/fixtures/plans/read-plan-fixture';
import { parsePlanText } from '../../parser/parse-plan-text';
import { planGoalEntries, summarizeGoalEntries, type StoredGoalEntry } from './goal-indicator-changes';
import { goalIndicatorsOf, type PlanGoal } from './goal-indicators';

const PLAN = { startYear: 2023, endYear: 2025 };
const goal = (metric: string, overrides: Partial<PlanGoal> = {}): PlanGoal => ({
  metric, comparator: '>=', value: 40, qualifier: null, unit: '家', year: 2025, startYear: null, cadence: 'deadline', kind: 'level', text: `${metric}40家以上`, theme: '创新', line: 1, ...overrides,
});

/** The row an earlier import stored for a goal. */
function stored(g: PlanGoal, id: string, number: number, isRetired = false): StoredGoalEntry {
  const [entry] = goalIndicatorsOf([g], [], PLAN);
  return { id, number, isRetired, ...entry! };
}

describe('the plan of a document’s changes to the goal entries', () => {
  // Stored from an earlier document, whose table had 3 indicators.
  const moved = goal('国家高新技术企业');
  const revised = goal('农业高新技术企业');
  const comesBack = goal('创新平台');
  const nowInTable = goal('林木绿化率', { value: 38, unit: '%', text: '林木绿化率达到38%' });
  const dropped = goal('可再生资源利用率', { value: 50, unit: '%' });
  const longGone = goal('旧目标');
  const same = goal('有效发明专利累计授权量', { value: 360, unit: '件' });
  const rows = [
    stored(moved, 'r-moved', 4),
    stored(revised, 'r-revised', 5),
    stored(comesBack, 'r-back', 6, true),
    stored(nowInTable, 'r-table', 7),
    stored(dropped, 'r-dropped', 8),
    stored(longGone, 'r-gone', 9, true),
    stored(same, 'r-same', 10),
  ];
  // The revised document: its table grows to 4 (林木绿化率), 农业高新技术企业 rises to 45, 三品一标 is new.
  const table = [1, 2, 3].map((n) => ({ id: String(n), name: `指标${n}`, unit: '个', targets: { '2025': n } }));
  table.push({ id: '4', name: '林木绿化率', unit: '%', targets: { '2025': 38 } });
  const goals = [moved, { ...revised, value: 45, text: '农业高新技术企业45家以上' }, comesBack, goal('农产品三品一标', { value: 75, unit: '个' }), nowInTable, same];
  const steps = planGoalEntries({ goals, table, years: PLAN, stored: rows, tableNumbers: [1, 2, 3, 4] });

  it('writes every goal the document names apart, in its order, then retires the rows it no longer names', () => {
    expect(steps.map((s) => [s.action, s.stored?.id ?? null, s.number])).toEqual([
      ['save', 'r-moved', 11], // the grown table took 4: moved after every number in use
      ['save', 'r-revised', 5],
      ['save', 'r-back', 6],
      ['save', null, 12],
      ['save', 'r-same', 10],
      ['retire', 'r-table', 7],
      ['retire', 'r-dropped', 8],
      ['retire', 'r-gone', 9],
    ]);
  });

  it('summarises the steps as the office reads them: added, changed, revived, retired, renumbered', () => {
    expect(summarizeGoalEntries(steps)).toEqual({
      added: [{ number: 12, name: '农产品三品一标' }],
      changed: [{ number: 5, name: '农业高新技术企业', fields: ['targets', 'text'] }],
      revived: [{ number: 6, name: '创新平台' }],
      // 旧目标 was retired already: nothing happens to it.
      retired: [{ number: 7, name: '林木绿化率' }, { number: 8, name: '可再生资源利用率' }],
      renumbered: [{ name: '国家高新技术企业', from: 4, to: 11 }],
      unchanged: 1,
    });
  });

  it('sees the same document again as no change at all', () => {
    // The rows as the confirm left them (三品一标 aside): moved, revived, retired.
    const confirmed = rows.map((r) => ({ ...r, number: r.id === 'r-moved' ? 11 : r.number, isRetired: r.id === 'r-back' ? false : r.isRetired || ['r-table', 'r-dropped'].includes(r.id) }));
    const again = planGoalEntries({ goals: [moved, revised, comesBack, nowInTable, same], table, years: PLAN, stored: confirmed, tableNumbers: [1, 2, 3, 4] });
    expect(summarizeGoalEntries(again)).toEqual({ added: [], changed: [], revived: [], retired: [], renumbered: [], unchanged: 4 });
  });

  it('adds every entry of a new plan, numbered after its table (Helan: 21–39)', () => {
    const parsed = parsePlanText(readPlanFixture(HELAN_FIXTURE).toString('utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { goals: helanGoals, indicators } = parsed.plan;
    const fresh = summarizeGoalEntries(
      planGoalEntries({ goals: helanGoals, table: indicators.map((i) => ({ id: String(i.number), ...i })), years: PLAN, stored: [], tableNumbers: indicators.map((i) => i.number) }),
    );
    expect(fresh.added.map((a) => a.number)).toEqual(Array.from({ length: 19 }, (_, i) => 21 + i));
    expect(fresh.added[0]).toEqual({ number: 21, name: '国家高新技术企业' });
    expect([fresh.changed, fresh.revived, fresh.retired, fresh.renumbered, fresh.unchanged]).toEqual([[], [], [], [], 0]);
  });
});
