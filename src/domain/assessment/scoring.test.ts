import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, schemeProblems } from './scheme';
import { rank, scoreUnit, type ScoreRecord, type UnitRecords } from './scoring';

const rec = (type: string, id: string): ScoreRecord => ({ type, id, label: id });
const none: UnitRecords = { obligations: [], ratings: [], tasks: [], indicators: [], overdueNotices: [], earlyCompletions: [], adjustments: [] };

/**
 * The worked example, by hand, with the default scheme (timeliness 30, quality 20, progress 30,
 * indicators 20; −2 per overdue notice up to −10; +1 per early completion up to +5).
 */
const A: UnitRecords = {
  ...none,
  // 4 reports due: 30 ÷ 4 = 7.5 each → 7.5 + 7.5 + 3.75 (late, ½) + 0 (missing) = 18.75
  obligations: [
    { ...rec('report', 'a-r1'), timeliness: { status: 'on_time' } },
    { ...rec('report', 'a-r2'), timeliness: { status: 'on_time' } },
    { ...rec('report', 'a-r3'), timeliness: { status: 'late', daysLate: 3 } },
    { ...rec('obligation', 'a-o4'), timeliness: { status: 'missing', daysOverdue: 9 } },
  ],
  // 2 ratings: 20 ÷ 2 = 10 each → 10 × 0.9 + 10 × 0.8 = 17
  ratings: [{ ...rec('rating', 'a-r1'), score: 90 }, { ...rec('rating', 'a-r2'), score: 80 }],
  // 2 tasks: 30 ÷ 2 = 15 each → 15 (on track) + 0 (lagging) = 15
  tasks: [{ ...rec('report', 'a-t1'), status: 'on_track' }, { ...rec('report', 'a-t2'), status: 'lagging' }],
  // 1 indicator needing acceleration: 20 × 0.6 = 12
  indicators: [{ ...rec('indicator', 'a-i1'), status: 'needs_acceleration' }],
  // 1 overdue notice: −2; the office's adjustment: +1.5
  overdueNotices: [rec('notice', 'a-n1')],
  adjustments: [{ ...rec('adjustment', 'a-adj1'), points: 1.5 }],
  // total 18.75 + 17 + 15 + 12 − 2 + 1.5 = 62.25
};
const B: UnitRecords = {
  ...none,
  // 3 on time: 10 each = 30
  obligations: ['b-r1', 'b-r2', 'b-r3'].map((id) => ({ ...rec('report', id), timeliness: { status: 'on_time' as const } })),
  // one rating of 100: 20
  ratings: [{ ...rec('rating', 'b-r1'), score: 100 }],
  // one task completed: 30
  tasks: [{ ...rec('report', 'b-t1'), status: 'completed' }],
  // 2 indicators: 10 each → 10 (achieved) + 0 (binding target missed) = 10
  indicators: [{ ...rec('indicator', 'b-i1'), status: 'achieved' }, { ...rec('indicator', 'b-i2'), status: 'binding_target_missed' }],
  // completed ahead of the plan: +1 → total 30 + 20 + 30 + 10 + 1 = 91
  earlyCompletions: [rec('report', 'b-t1')],
};
const C: UnitRecords = {
  ...none,
  // A township providing no indicator: the other weights (80) scale to 100, × 1.25.
  // 2 reports: 30 × 1.25 ÷ 2 = 18.75 each → 18.75 (on time) + 9.375 → 9.38 (late) = 28.13
  obligations: [{ ...rec('report', 'c-r1'), timeliness: { status: 'on_time' } }, { ...rec('report', 'c-r2'), timeliness: { status: 'late', daysLate: 1 } }],
  // 1 rating of 70: 20 × 1.25 × 0.7 = 17.5
  ratings: [{ ...rec('rating', 'c-r1'), score: 70 }],
  // 1 task not started: 30 × 1.25 × ½ = 18.75
  tasks: [{ ...rec('report', 'c-t1'), status: 'not_started' }],
  // 6 overdue notices: −2 × 5 = −10, the sixth is capped at 0
  overdueNotices: ['c-n1', 'c-n2', 'c-n3', 'c-n4', 'c-n5', 'c-n6'].map((id) => rec('notice', id)),
  // total 28.13 + 17.5 + 18.75 − 10 = 54.38
};

describe('annual assessment scoring: the worked example', () => {
  it('scores each of the three units as computed by hand', () => {
    expect(scoreUnit(A, DEFAULT_SCHEME)).toMatchObject({ total: 62.25, components: { timeliness: 18.75, quality: 17, progress: 15, indicators: 12, deduction: -2, bonus: 0, adjustment: 1.5 } });
    expect(scoreUnit(B, DEFAULT_SCHEME)).toMatchObject({ total: 91, components: { timeliness: 30, quality: 20, progress: 30, indicators: 10, deduction: 0, bonus: 1 } });
    expect(scoreUnit(C, DEFAULT_SCHEME)).toMatchObject({ total: 54.38, scale: 1.25, components: { timeliness: 28.13, quality: 17.5, progress: 18.75, indicators: 0, deduction: -10 } });
  });

  it('ties every point to a record: the lines add up to the total and each names an input record', () => {
    for (const records of [A, B, C]) {
      const score = scoreUnit(records, DEFAULT_SCHEME);
      const inputs = new Set(Object.values(records).flat().map((r: ScoreRecord) => `${r.type}:${r.id}`));
      expect(Math.round(score.lines.reduce((sum, line) => sum + line.points, 0) * 100) / 100).toBe(score.total);
      for (const line of score.lines) expect(inputs.has(`${line.record.type}:${line.record.id}`), line.record.id).toBe(true);
    }
    expect(scoreUnit(C, DEFAULT_SCHEME).lines.filter((l) => l.component === 'deduction').map((l) => l.points)).toEqual([-2, -2, -2, -2, -2, 0]);
  });

  it('ranks departments and townships apart, ties sharing a rank', () => {
    const ranked = rank([
      { unit: 'A', kind: 'department', total: 62.25 },
      { unit: 'B', kind: 'department', total: 91 },
      { unit: 'C', kind: 'township', total: 54.38 },
      { unit: 'D', kind: 'park', total: 62.25 },
    ]);
    expect(ranked.departments.map((r) => [r.unit, r.rank])).toEqual([['B', 1], ['A', 2], ['D', 2]]);
    expect(ranked.townships.map((r) => [r.unit, r.rank])).toEqual([['C', 1]]);
  });

  it('gives nothing to a unit without records, and follows the scheme the office sets', () => {
    expect(scoreUnit(none, DEFAULT_SCHEME).total).toBe(0);
    const timelinessOnly = { ...DEFAULT_SCHEME, weights: { timeliness: 100, quality: 0, progress: 0, indicators: 0 } };
    expect(scoreUnit(B, timelinessOnly).components.timeliness).toBe(100);
  });

  it('refuses a scheme whose weights do not add up to 100', () => {
    expect(schemeProblems(DEFAULT_SCHEME)).toEqual([]);
    expect(schemeProblems({ ...DEFAULT_SCHEME, weights: { ...DEFAULT_SCHEME.weights, quality: 25 } })).toEqual([{ field: 'weights', message: 'the weights must add up to 100' }]);
    expect(schemeProblems({ ...DEFAULT_SCHEME, maxBonus: -1 })).toEqual([{ field: 'maxBonus', message: 'between 0 and 100' }]);
  });
});
