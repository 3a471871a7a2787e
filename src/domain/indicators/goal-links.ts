import { metricKey } from '../../parser/metric-phrase';
import { areUnitsComparable } from '../../parser/units-of-measure';

/** An overall goal (总体目标) of the plan: a target with no task. */
export interface GoalTarget {
  id: string;
  metric: string;
  kind: string;
  cadence: string;
  year: number | null;
  value: number;
  unit: string | null;
}

export interface TableIndicator {
  id: string;
  name: string;
  unit: string | null;
  targets: Record<string, number>;
}

export type TargetSource = 'goal' | 'table';

export interface GoalLink {
  indicatorId: string;
  goalId: string;
  metric: string;
  year: number;
  goalValue: number;
  goalUnit: string | null;
  /** The table's target for the same year, when the table has that year. */
  tableValue: number | null;
  conflict: boolean;
}

/**
 * Overall goals and annual-table indicators that measure the same thing: the same metric key
 * (the parser's, so 科技型中小企业 in both places match, as check-conflicts.ts matches them), a
 * level to reach by a year, and comparable units (180家 and 230个 enterprises are both counts).
 * Where the two give the year different values, the link is a conflict the office resolves.
 */
export function linkGoalsToIndicators(goals: readonly GoalTarget[], indicators: readonly TableIndicator[]): GoalLink[] {
  const keyed = indicators.map((indicator) => ({ indicator, key: metricKey(indicator.name) }));
  return goals.flatMap((goal) => {
    if (goal.year === null || goal.kind !== 'level' || goal.cadence === 'yearly') return [];
    const key = metricKey(goal.metric);
    return keyed
      .filter((k) => k.key === key && areUnitsComparable(k.indicator.unit, goal.unit))
      .map(({ indicator }) => {
        const tableValue = indicator.targets[String(goal.year)] ?? null;
        return {
          indicatorId: indicator.id,
          goalId: goal.id,
          metric: goal.metric,
          year: goal.year!,
          goalValue: goal.value,
          goalUnit: goal.unit,
          tableValue,
          conflict: tableValue !== null && tableValue !== goal.value,
        };
      });
  });
}

/**
 * The targets a status is judged against: the annual table's, except in the years where the
 * office chose the linked goal's. Until the office chooses, the table governs: it is the yearly
 * schedule the units report against, and the goal's figure is shown beside it as a conflict.
 */
export function governingTargets(
  tableTargets: Record<string, number>,
  links: readonly GoalLink[],
  choices: ReadonlyMap<number, TargetSource>,
): Record<string, number> {
  const targets = { ...tableTargets };
  for (const link of links) {
    if (choices.get(link.year) === 'goal') targets[String(link.year)] = link.goalValue;
  }
  return targets;
}

/** A stored parser finding, as plan import keeps it. */
export interface StoredFinding {
  code: string;
  messageZh: string;
  params: Record<string, string | number>;
}

/** The parser's conflicting_targets finding about a link's measure and year, if it raised one. */
export function findingOfLink(findings: readonly StoredFinding[], link: GoalLink): StoredFinding | null {
  const key = metricKey(link.metric);
  return findings.find((f) => f.code === 'conflicting_targets' && Number(f.params.year) === link.year && metricKey(String(f.params.metric ?? '')) === key) ?? null;
}
