import type { UnitKind } from '../units/unit-rules';
import { obligationKey, type Obligation } from '../reporting/obligations';
import type { ReportingRule } from '../reporting/periods';
import { ratesOf, timelinessOf, type Rates, type Timeliness } from '../reporting/timeliness';
import type { OpenedPeriod } from './cockpit-period';
import { emptyTaskCounts, taskStateOf, type ReportFact, type TaskState } from './task-states';

export interface CockpitUnit {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface CockpitTask {
  id: string;
  number: number;
  title: string;
  sectionId: string;
}

export interface CockpitSection {
  id: string;
  number: string | null;
  title: string;
}

export interface FigureInput {
  /** Opened periods, oldest first. */
  periods: readonly OpenedPeriod[];
  selected: OpenedPeriod | null;
  obligations: readonly Obligation[];
  reports: readonly ReportFact[];
  units: ReadonlyMap<string, CockpitUnit>;
  tasks: readonly CockpitTask[];
  sections: readonly CockpitSection[];
  /** Only this section's tasks; only this kind's units. */
  filter: { sectionId: string | null; unitKind: UnitKind | null };
  rule: ReportingRule;
  now: Date;
}

export type RankGroup = 'department' | 'township';

export interface UnitRanking {
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  /** Departments (with the park, enterprises, other units) apart from townships, as a 通报 lists them. */
  group: RankGroup;
  /** 1 for the best of its group; units with the same rates share a rank. */
  rank: number;
  late: number;
  missing: number;
  rates: Rates;
}

export interface OverdueItem {
  taskId: string;
  taskNumber: number;
  taskTitle: string;
  unitId: string;
  unitName: string;
  kind: 'unit' | 'consolidated';
  periodKey: string;
  dueDate: string;
  daysOverdue: number;
  reportId: string | null;
}

interface ObligationState extends Obligation {
  period: OpenedPeriod;
  report: ReportFact | null;
  timeliness: Timeliness;
}

const groupOf = (kind: UnitKind): RankGroup => (kind === 'township' ? 'township' : 'department');

/** Rankings: highest timely rate first, then highest reporting rate (DHIS2's completeness); ties share a rank. */
function rank(rows: Omit<UnitRanking, 'rank'>[]): UnitRanking[] {
  const score = (r: Omit<UnitRanking, 'rank'>) => [r.rates.timelyRate ?? -1, r.rates.reportingRate ?? -1] as const;
  const sorted = [...rows].sort((a, b) => score(b)[0] - score(a)[0] || score(b)[1] - score(a)[1] || a.unitName.localeCompare(b.unitName, 'zh-CN'));
  const ranked: UnitRanking[] = [];
  sorted.forEach((row, i) => {
    const previous = ranked[i - 1];
    const tie = previous && score(previous)[0] === score(row)[0] && score(previous)[1] === score(row)[1];
    ranked.push({ ...row, rank: tie ? previous.rank : i + 1 });
  });
  return ranked;
}

/**
 * Every figure of the cockpit but the indicators, from the plan's obligations and reports:
 * the selected quarter's rates, tasks by state (overall and by section), units ranked over the
 * selected year to date, the selected quarter's overdue reports, and the rates quarter by quarter.
 * Pure: the service loads, this counts.
 */
export function cockpitFigures(input: FigureInput) {
  const { filter } = input;
  const tasks = input.tasks.filter((t) => filter.sectionId === null || t.sectionId === filter.sectionId);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const obligations = input.obligations.filter((o) => taskById.has(o.taskId) && (filter.unitKind === null || input.units.get(o.unitId)?.kind === filter.unitKind));
  const reportOf = new Map(input.reports.map((r) => [`${r.periodId}/${obligationKey(r)}`, r]));
  const statesOf = (period: OpenedPeriod): ObligationState[] =>
    obligations.map((o) => {
      const report = reportOf.get(`${period.id}/${obligationKey(o)}`) ?? null;
      return { ...o, period, report, timeliness: timelinessOf(period, input.rule, report?.firstSubmittedAt ?? null, input.now) };
    });
  const byPeriod = new Map(input.periods.map((p) => [p.id, statesOf(p)]));
  const selected = input.selected ? (byPeriod.get(input.selected.id) ?? []) : [];

  // Tasks: the lead units' declarations in the selected quarter.
  const consolidated = new Map<string, ReportFact[]>();
  for (const r of input.reports) {
    if (r.kind === 'consolidated' && r.periodId === input.selected?.id) consolidated.set(r.taskId, [...(consolidated.get(r.taskId) ?? []), r]);
  }
  const stateOf = new Map<string, TaskState>(tasks.map((t) => [t.id, taskStateOf(consolidated.get(t.id) ?? [])]));
  const taskCounts = emptyTaskCounts();
  for (const state of stateOf.values()) taskCounts[state] += 1;
  const tasksBySection = input.sections
    .filter((s) => filter.sectionId === null || s.id === filter.sectionId)
    .map((section) => {
      const counts = emptyTaskCounts();
      for (const t of tasks) if (t.sectionId === section.id) counts[stateOf.get(t.id)!] += 1;
      return { sectionId: section.id, number: section.number, title: section.title, counts };
    });

  // Units: the selected year to date.
  const yearToDate = input.selected ? input.periods.filter((p) => p.year === input.selected!.year && p.start <= input.selected!.start) : [];
  const perUnit = new Map<string, ObligationState[]>();
  for (const p of yearToDate) for (const o of byPeriod.get(p.id)!) perUnit.set(o.unitId, [...(perUnit.get(o.unitId) ?? []), o]);
  const rows = [...perUnit].map(([unitId, list]) => {
    const unit = input.units.get(unitId);
    const kind = unit?.kind ?? 'department';
    return {
      unitId,
      unitName: unit?.name ?? '',
      unitKind: kind,
      group: groupOf(kind),
      late: list.filter((o) => o.timeliness.status === 'late').length,
      missing: list.filter((o) => o.timeliness.status === 'missing').length,
      rates: ratesOf(list.map((o) => o.timeliness)),
    };
  });

  const overdue: OverdueItem[] = selected
    .filter((o) => o.timeliness.status === 'missing')
    .map((o) => ({
      taskId: o.taskId,
      taskNumber: taskById.get(o.taskId)!.number,
      taskTitle: taskById.get(o.taskId)!.title,
      unitId: o.unitId,
      unitName: input.units.get(o.unitId)?.name ?? '',
      kind: o.kind,
      periodKey: o.period.key,
      dueDate: o.period.dueDate,
      daysOverdue: o.timeliness.status === 'missing' ? o.timeliness.daysOverdue : 0,
      reportId: o.report?.reportId ?? null,
    }))
    .sort((a, b) => a.taskNumber - b.taskNumber || a.unitName.localeCompare(b.unitName, 'zh-CN') || a.kind.localeCompare(b.kind));

  return {
    rates: ratesOf(selected.map((o) => o.timeliness)),
    tasks: { total: tasks.length, byState: taskCounts },
    taskList: tasks.map((t) => ({ id: t.id, number: t.number, title: t.title, sectionId: t.sectionId, state: stateOf.get(t.id)! })),
    tasksBySection,
    units: {
      departments: rank(rows.filter((r) => r.group === 'department')),
      townships: rank(rows.filter((r) => r.group === 'township')),
    },
    overdue,
    ratesByQuarter: input.periods.map((p) => ({ periodId: p.id, key: p.key, ...ratesOf(byPeriod.get(p.id)!.map((o) => o.timeliness)) })),
  };
}
