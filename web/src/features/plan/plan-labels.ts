import type { MessageKey } from '../../shared/i18n/translate';
import type { Finding, FindingSeverity, Goal, IndicatorAttribute, Target, TaskUnit, TaskUnitRole } from './plan-types';

/** Exhaustive: a new role fails to compile until it has a column title. */
export const UNIT_ROLE_LABELS: Readonly<Record<TaskUnitRole, MessageKey>> = {
  lead: 'plan.unit.lead',
  responsible: 'plan.unit.responsible',
  cooperating: 'plan.unit.cooperating',
};

export const SEVERITY_LABELS: Readonly<Record<FindingSeverity, MessageKey>> = {
  error: 'plan.severity.error',
  warning: 'plan.severity.warning',
  info: 'plan.severity.info',
};

export const SEVERITY_COLORS: Readonly<Record<FindingSeverity, string>> = { error: 'red', warning: 'orange', info: 'blue' };

export const ATTRIBUTE_LABELS: Readonly<Record<IndicatorAttribute, MessageKey>> = {
  expected: 'plan.attribute.expected',
  binding: 'plan.attribute.binding',
};

/**
 * A task's unit names split by role, in the plan's order: the 牵头单位 / 责任单位 / 配合单位 columns.
 *
 * @example unitNamesByRole([{ name: '科技和工信局', role: 'lead', unitId: 'u1' }]) // { lead: ['科技和工信局'], responsible: [], cooperating: [] }
 */
export function unitNamesByRole(units: readonly TaskUnit[]): Record<TaskUnitRole, string[]> {
  const byRole: Record<TaskUnitRole, string[]> = { lead: [], responsible: [], cooperating: [] };
  for (const unit of units) byRole[unit.role].push(unit.name);
  return byRole;
}

/** Every year any indicator has a target for, ascending: the year columns of 年度指标. */
export function indicatorYears(indicators: readonly { targets: Readonly<Record<string, number>> }[]): string[] {
  const years = new Set(indicators.flatMap((indicator) => Object.keys(indicator.targets)));
  return [...years].sort();
}

const SYMBOLS: Readonly<Record<string, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '', approx: '≈' };

/** How to say a target's figure and when it is due: message keys with their values. */
export interface TargetWords {
  /** ≥ 4家, 下降 5%, 增长 8%, 年均增长 ≥ 10%. */
  valueKey: 'plan.target.value' | 'plan.target.decreaseBy' | 'plan.target.increaseBy' | 'plan.target.annualGrowth';
  value: string;
  /** 每年, 到2025年, or none. */
  whenKey: 'plan.target.yearly' | 'plan.target.byYear' | null;
  year: number | null;
}

/**
 * The figure of a target as the breakdown table shows it, e.g. ≥ 4家 (每年), 下降 5%, 年均增长 ≥ 10%.
 * Unknown comparators show the bare figure rather than a wrong symbol.
 *
 * @example targetWords({ comparator: '>=', value: 40, maxValue: null, unit: '家', year: 2025, cadence: 'deadline', kind: 'level' })
 * // { valueKey: 'plan.target.value', value: '≥ 40家', whenKey: 'plan.target.byYear', year: 2025 }
 */
export function targetWords(target: Pick<Target, 'comparator' | 'value' | 'maxValue' | 'unit' | 'year' | 'cadence' | 'kind'>): TargetWords {
  const range = target.maxValue === null ? `${target.value}` : `${target.value}–${target.maxValue}`;
  const figure = `${range}${target.unit ?? ''}`;
  const symbol = SYMBOLS[target.comparator] ?? '';
  const whenKey: TargetWords['whenKey'] =
    target.cadence === 'yearly' ? 'plan.target.yearly' : target.year !== null ? 'plan.target.byYear' : null;
  const when = { whenKey, year: whenKey === 'plan.target.byYear' ? target.year : null };
  if (target.comparator === 'decrease_by') return { valueKey: 'plan.target.decreaseBy', value: figure, ...when };
  if (target.comparator === 'increase_by') return { valueKey: 'plan.target.increaseBy', value: figure, ...when };
  const value = symbol === '' ? figure : `${symbol} ${figure}`;
  if (target.kind === 'annual_growth') return { valueKey: 'plan.target.annualGrowth', value, ...when };
  return { valueKey: 'plan.target.value', value, ...when };
}

const SEVERITY_ORDER: Readonly<Record<FindingSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within each, in the document's order. */
export function sortFindings<F extends Pick<Finding, 'severity' | 'line'>>(findings: readonly F[]): F[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? Infinity) - (b.line ?? Infinity),
  );
}

/** How many findings of each severity, for the tab's badge and the import summary. */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The findings about any line from `from` to `to` (inclusive): a task's paragraph, an indicator's row. */
export function findingsWithin<F extends Pick<Finding, 'line' | 'lines'>>(findings: readonly F[], from: number | null, to: number | null = from): F[] {
  if (from === null) return [];
  const last = to ?? from;
  return findings.filter((finding) => {
    const lines = finding.lines && finding.lines.length > 0 ? finding.lines : finding.line === null ? [] : [finding.line];
    return lines.some((line) => line >= from && line <= last);
  });
}

/** Goals grouped under their theme (——县域创新能力水平实现新跃升), in the plan's order. */
export function groupGoalsByTheme<G extends Pick<Goal, 'theme'>>(goals: readonly G[]): { theme: string | null; goals: G[] }[] {
  const groups: { theme: string | null; goals: G[] }[] = [];
  for (const goal of goals) {
    const last = groups.at(-1);
    if (last && last.theme === goal.theme) last.goals.push(goal);
    else groups.push({ theme: goal.theme, goals: [goal] });
  }
  return groups;
}
