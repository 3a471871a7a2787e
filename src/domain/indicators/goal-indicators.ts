import { metricKey } from '../../parser/metric-phrase';
import { linkGoalsToIndicators, type TableIndicator } from './goal-links';
import type { IndicatorKind } from './indicator-facts';
import { rateRuleOf, signedRate } from './rate-target';

/** An overall goal (总体目标) as the parser reads it. */
export interface PlanGoal {
  metric: string;
  comparator: string;
  value: number;
  qualifier: string | null;
  unit: string | null;
  year: number | null;
  startYear: number | null;
  cadence: string;
  kind: IndicatorKind;
  text: string;
  theme: string | null;
  line: number | null;
}

/** A goal's entry in the indicator registry: what plan import stores in plan_indicators (origin 'goal'). */
export interface GoalIndicator {
  /** Its identity across re-imports, with `kind`: the parser's metric key. */
  metricKey: string;
  kind: IndicatorKind;
  name: string;
  unit: string | null;
  comparator: string;
  qualifier: string | null;
  direction: 'higher' | 'lower';
  /** Per year: a level; a signed growth rate (annual_growth); the change in % (relative_change). */
  targets: Record<string, number>;
  text: string;
  theme: string | null;
  line: number | null;
}

/** The key a goal row is found by on the next import. */
export const goalKeyOf = (g: { kind: string; metricKey: string }) => `${g.kind}:${g.metricKey}`;

const yearsBetween = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

function directionOf(goal: PlanGoal): 'higher' | 'lower' {
  if (goal.kind === 'level') return goal.comparator === '<=' || goal.comparator === '<' ? 'lower' : 'higher';
  if (goal.kind === 'relative_change') return goal.comparator === 'decrease_by' ? 'lower' : 'higher';
  return rateRuleOf(goal.comparator, goal.qualifier) === 'at_most' ? 'lower' : 'higher';
}

/**
 * The goal's targets by year. A level due by a year is that year's target (the plan's end year
 * when the text names none); a yearly level (每年…) holds every year from its start. A growth
 * rate holds every year of the plan up to its year, since each year is judged against it (the
 * signed rate: 年均下降3% is −3). A relative change keeps its percentage for its year: the
 * level it means needs the baseline, which the office enters later.
 */
function targetsOf(goal: PlanGoal, plan: { startYear: number; endYear: number }): Record<string, number> {
  const due = goal.year ?? plan.endYear;
  if (goal.kind === 'annual_growth') {
    const rate = signedRate(goal.comparator, goal.value);
    return Object.fromEntries(yearsBetween(goal.startYear ?? plan.startYear, due).map((y) => [String(y), rate]));
  }
  if (goal.kind === 'level' && goal.cadence === 'yearly') {
    return Object.fromEntries(yearsBetween(goal.startYear ?? plan.startYear, due).map((y) => [String(y), goal.value]));
  }
  return { [String(due)]: goal.value };
}

/**
 * The overall goals that need their own registry entry: every goal the annual table does not
 * already measure (goal-links.ts links the same metric at a comparable level; those stay with
 * their table indicator, conflicts and all). One entry per metric and kind, the first the
 * document names. A growth goal's values are rates (%), named 增速 so no clerk enters a level;
 * a relative change borrows the unit of a table indicator of the same metric (万元GDP综合能耗,
 * 吨标准煤/万元), since its own "%" is the change, not what is measured.
 */
export function goalIndicatorsOf(goals: readonly PlanGoal[], table: ReadonlyArray<TableIndicator>, plan: { startYear: number; endYear: number }): GoalIndicator[] {
  const linked = new Set(
    linkGoalsToIndicators(
      goals.map((g, i) => ({ id: String(i), metric: g.metric, kind: g.kind, cadence: g.cadence, year: g.year, value: g.value, unit: g.unit })),
      table,
    ).map((l) => l.goalId),
  );
  const tableUnit = new Map(table.map((t) => [metricKey(t.name), t.unit]));
  const seen = new Set<string>();
  const result: GoalIndicator[] = [];
  goals.forEach((goal, index) => {
    const key = metricKey(goal.metric);
    const identity = goalKeyOf({ kind: goal.kind, metricKey: key });
    if (linked.has(String(index)) || seen.has(identity)) return;
    seen.add(identity);
    const unit = goal.kind === 'annual_growth' ? '%' : goal.kind === 'relative_change' ? (tableUnit.get(key) ?? null) : goal.unit;
    result.push({
      metricKey: key,
      kind: goal.kind,
      name: goal.kind === 'annual_growth' ? `${goal.metric}增速` : goal.metric,
      unit,
      comparator: goal.comparator,
      qualifier: goal.qualifier,
      direction: directionOf(goal),
      targets: targetsOf(goal, plan),
      text: goal.text,
      theme: goal.theme,
      line: goal.line,
    });
  });
  return result;
}

/**
 * Numbers for goal entries. The annual table's numbers are the document's (users and the .xlsx
 * know indicator 7 as 7), so goal entries come after them: 21, 22, … for Helan. A goal keeps
 * its number across re-imports unless a table indicator now needs it (a revised table grew);
 * then it moves, like every new goal, to the next number after all those in use, new goals in
 * the document's order first. `reserved`: the table's numbers, retired ones too.
 */
export function assignGoalNumbers(input: {
  reserved: readonly number[];
  existing: ReadonlyArray<{ key: string; number: number }>;
  wanted: readonly string[];
}): Map<string, number> {
  const reserved = new Set(input.reserved);
  const numbers = new Map<string, number>();
  const taken = new Set(reserved);
  for (const row of input.existing) {
    if (!reserved.has(row.number) && !taken.has(row.number)) {
      numbers.set(row.key, row.number);
      taken.add(row.number);
    }
  }
  let next = Math.max(0, ...taken) + 1;
  const moving = [...input.wanted, ...input.existing.map((r) => r.key)].filter((key, i, all) => all.indexOf(key) === i && !numbers.has(key));
  for (const key of moving) numbers.set(key, next++);
  return numbers;
}
