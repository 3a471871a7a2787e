import type { IndicatorStatus } from '../indicators/indicator-status';
import type { Timeliness } from '../reporting/timeliness';
import type { AssessmentScheme } from './scheme';

/**
 * A unit's annual score, every point tied to a record. Each weighted component shares its weight
 * equally among its records and gives each record a fraction of its share:
 *   timeliness   a report due in the year: on time 1, late ½, missing 0;
 *   quality      the office's rating of an accepted report: score ÷ 100;
 *   progress     each task the unit leads or shares, by the lead unit's latest status in the year:
 *                completed or on track 1, not started ½, lagging 0;
 *   indicators   each indicator the unit provides, by its status in the year: achieved or on track 1,
 *                needs acceleration 0.6, limited progress 0.3, deteriorating or binding missed 0.
 * A component without records does not apply to the unit; the others are scaled so they still
 * add up to 100. Then: minus the penalty per overdue notice (capped), plus the bonus per early
 * completion (capped), plus the office's adjustments, each with its reason. A component's total
 * is rounded to 0.01 and its cents apportioned to its lines (largest remainder), so three reports
 * of 33.33… make 100, not 99.99; the total is the sum of the lines, so the breakdown adds up exactly.
 */
export type Component = 'timeliness' | 'quality' | 'progress' | 'indicators' | 'deduction' | 'bonus' | 'adjustment';
export type TaskProgress = 'on_track' | 'lagging' | 'completed' | 'not_started';

export interface ScoreRecord {
  /** The row the points come from: report, obligation, rating, indicator, notice, adjustment. */
  type: string;
  id: string;
  label: string;
}

export interface UnitRecords {
  obligations: ReadonlyArray<ScoreRecord & { timeliness: Exclude<Timeliness, { status: 'not_due' }> }>;
  ratings: ReadonlyArray<ScoreRecord & { score: number }>;
  tasks: ReadonlyArray<ScoreRecord & { status: TaskProgress }>;
  indicators: ReadonlyArray<ScoreRecord & { status: Exclude<IndicatorStatus, 'no_data'> }>;
  overdueNotices: readonly ScoreRecord[];
  earlyCompletions: readonly ScoreRecord[];
  adjustments: ReadonlyArray<ScoreRecord & { points: number }>;
}

export interface ScoreLine {
  component: Component;
  record: ScoreRecord;
  /** Why this many points, in Chinese: 按时报送 1/1, 评分 85 ... */
  basis: string;
  points: number;
}

export interface UnitScore {
  total: number;
  /** Points per component (sum of its lines). */
  components: Record<Component, number>;
  /** 100 ÷ (sum of the applicable weights): how much the weighted components were scaled. */
  scale: number;
  lines: ScoreLine[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

const TIMELINESS = { on_time: [1, '按时报送'], late: [0.5, '逾期报送'], missing: [0, '未报送'] } as const;
const PROGRESS: Record<TaskProgress, [number, string]> = { completed: [1, '已完成'], on_track: [1, '正常推进'], not_started: [0.5, '尚未启动'], lagging: [0, '进度滞后'] };
const INDICATOR: Record<Exclude<IndicatorStatus, 'no_data'>, [number, string]> = {
  achieved: [1, '已达标'],
  on_track: [1, '进度正常'],
  needs_acceleration: [0.6, '需加快进度'],
  limited_progress: [0.3, '进展有限'],
  deteriorating: [0, '出现倒退'],
  binding_target_missed: [0, '约束性指标未完成'],
};

export function scoreUnit(records: UnitRecords, scheme: AssessmentScheme): UnitScore {
  const { weights } = scheme;
  const weighted: Array<[Exclude<Component, 'deduction' | 'bonus' | 'adjustment'>, ReadonlyArray<{ record: ScoreRecord; fraction: number; basis: string }>]> = [
    ['timeliness', records.obligations.map((o) => ({ record: o, fraction: TIMELINESS[o.timeliness.status][0], basis: TIMELINESS[o.timeliness.status][1] }))],
    ['quality', records.ratings.map((r) => ({ record: r, fraction: r.score / 100, basis: `评分${r.score}` }))],
    ['progress', records.tasks.map((t) => ({ record: t, fraction: PROGRESS[t.status][0], basis: PROGRESS[t.status][1] }))],
    ['indicators', records.indicators.map((i) => ({ record: i, fraction: INDICATOR[i.status][0], basis: INDICATOR[i.status][1] }))],
  ];
  const applicable = weighted.filter(([, items]) => items.length > 0).reduce((sum, [name]) => sum + weights[name], 0);
  const scale = applicable === 0 ? 0 : 100 / applicable;
  const lines: ScoreLine[] = [];
  for (const [component, items] of weighted) {
    const share = (weights[component] * scale) / Math.max(1, items.length);
    const points = apportion(items.map((item) => share * item.fraction));
    items.forEach((item, i) => lines.push({ component, record: stripped(item.record), basis: item.basis, points: points[i]! }));
  }
  capped(records.overdueNotices, -scheme.overdueNoticePenalty, -scheme.maxDeduction).forEach((points, i) =>
    lines.push({ component: 'deduction', record: stripped(records.overdueNotices[i]!), basis: '督办事项超期', points }),
  );
  capped(records.earlyCompletions, scheme.earlyCompletionBonus, scheme.maxBonus).forEach((points, i) =>
    lines.push({ component: 'bonus', record: stripped(records.earlyCompletions[i]!), basis: '提前完成任务', points }),
  );
  for (const a of records.adjustments) lines.push({ component: 'adjustment', record: stripped(a), basis: a.label, points: round2(a.points) });

  const components = { timeliness: 0, quality: 0, progress: 0, indicators: 0, deduction: 0, bonus: 0, adjustment: 0 } as Record<Component, number>;
  for (const line of lines) components[line.component] = round2(components[line.component] + line.points);
  return { total: round2(lines.reduce((sum, line) => sum + line.points, 0)), components, scale, lines };
}

/** Rounds values to cents so that they add up to their rounded sum (largest remainder method). */
function apportion(values: readonly number[]): number[] {
  const cents = values.map((v) => v * 100);
  const floors = cents.map((c) => Math.floor(c + 1e-9));
  let left = Math.round(cents.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const order = cents.map((c, i) => ({ i, remainder: c - floors[i]! })).sort((a, b) => b.remainder - a.remainder);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((f) => f / 100);
}

/** Each record's points until the cap is reached; later records get what is left (possibly 0). */
function capped(records: readonly ScoreRecord[], each: number, cap: number): number[] {
  let left = cap;
  return records.map(() => {
    const points = Math.abs(each) <= Math.abs(left) ? each : left;
    left -= points;
    return round2(points);
  });
}

const stripped = (r: ScoreRecord): ScoreRecord => ({ type: r.type, id: r.id, label: r.label });

/** Rankings, departments and townships apart (DOMAIN.md: the two are assessed separately). Ties share a rank. */
export function rank<T extends { total: number; kind: string }>(scores: readonly T[]): { departments: Array<T & { rank: number }>; townships: Array<T & { rank: number }> } {
  const ranked = (list: readonly T[]) => {
    const sorted = [...list].sort((a, b) => b.total - a.total);
    return sorted.map((s) => ({ ...s, rank: sorted.findIndex((o) => o.total === s.total) + 1 }));
  };
  return { departments: ranked(scores.filter((s) => s.kind !== 'township')), townships: ranked(scores.filter((s) => s.kind === 'township')) };
}
