import type { UnitKind } from '../units/unit-rules';
import { obligationKey, type Obligation } from '../reporting/obligations';
import type { ReportingRule } from '../reporting/periods';
import { timelinessOf, type Rates } from '../reporting/timeliness';
import type { OpenedPeriod } from './cockpit-period';
import { emptyTaskCounts, taskStateOf, type ReportFact, type TaskState } from './task-states';
import { countStatus, emptyStatusCounts, ratesOfCounts, timelinessStatusOf, type StatusCounts } from './timeliness-status';

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

/** Task states from the lead units' consolidated reports of the selected quarter. */
function taskFigures(input: FigureInput, tasks: readonly CockpitTask[]) {
  const consolidated = new Map<string, ReportFact[]>();
  for (const r of input.reports) {
    if (r.kind !== 'consolidated' || r.periodId !== input.selected?.id) continue;
    const list = consolidated.get(r.taskId);
    if (list) list.push(r);
    else consolidated.set(r.taskId, [r]);
  }
  const stateOf = new Map<string, TaskState>(tasks.map((t) => [t.id, taskStateOf(consolidated.get(t.id) ?? [])]));
  const byState = emptyTaskCounts();
  for (const state of stateOf.values()) byState[state] += 1;
  const bySection = input.sections
    .filter((s) => input.filter.sectionId === null || s.id === input.filter.sectionId)
    .map((section) => {
      const counts = emptyTaskCounts();
      for (const t of tasks) if (t.sectionId === section.id) counts[stateOf.get(t.id)!] += 1;
      return { sectionId: section.id, number: section.number, title: section.title, counts };
    });
  return {
    tasks: { total: tasks.length, byState },
    tasksBySection: bySection,
    taskList: tasks.map((t) => ({ id: t.id, number: t.number, title: t.title, sectionId: t.sectionId, state: stateOf.get(t.id)! })),
  };
}

/**
 * Every figure of the cockpit but the indicators, from the plan's obligations and reports:
 * the selected quarter's rates, tasks by state (overall and by section), units ranked over the
 * selected year to date, the selected quarter's overdue reports, and the rates quarter by quarter.
 * Pure: the service loads, this counts — one pass over obligations × opened periods.
 */
export function cockpitFigures(input: FigureInput) {
  const { filter, selected } = input;
  const tasks = input.tasks.filter((t) => filter.sectionId === null || t.sectionId === filter.sectionId);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const obligations = input.obligations.filter((o) => taskById.has(o.taskId) && (filter.unitKind === null || input.units.get(o.unitId)?.kind === filter.unitKind));
  const reportOf = new Map(input.reports.map((r) => [`${r.periodId}/${obligationKey(r)}`, r]));

  const byPeriod = new Map<string, StatusCounts>();
  const byUnit = new Map<string, StatusCounts>();
  const overdue: OverdueItem[] = [];
  for (const period of input.periods) {
    const counts = emptyStatusCounts();
    byPeriod.set(period.id, counts);
    // Units are ranked over the selected year to date, as the annual assessment counts them.
    const inYearToDate = selected !== null && period.year === selected.year && period.start <= selected.start;
    for (const o of obligations) {
      const report = reportOf.get(`${period.id}/${obligationKey(o)}`) ?? null;
      const status = timelinessStatusOf(period, report?.firstSubmittedAt ?? null, input.now);
      countStatus(counts, status);
      if (inYearToDate) {
        const unit = byUnit.get(o.unitId) ?? emptyStatusCounts();
        byUnit.set(o.unitId, unit);
        countStatus(unit, status);
      }
      if (period.id === selected?.id && status === 'missing') {
        const timeliness = timelinessOf(period, input.rule, null, input.now);
        const task = taskById.get(o.taskId)!;
        overdue.push({
          taskId: o.taskId,
          taskNumber: task.number,
          taskTitle: task.title,
          unitId: o.unitId,
          unitName: input.units.get(o.unitId)?.name ?? '',
          kind: o.kind,
          periodKey: period.key,
          dueDate: period.dueDate,
          daysOverdue: timeliness.status === 'missing' ? timeliness.daysOverdue : 0,
          reportId: report?.reportId ?? null,
        });
      }
    }
  }
  overdue.sort((a, b) => a.taskNumber - b.taskNumber || a.unitName.localeCompare(b.unitName, 'zh-CN') || a.kind.localeCompare(b.kind));

  const rows = [...byUnit].map(([unitId, counts]) => {
    const unit = input.units.get(unitId);
    const kind = unit?.kind ?? 'department';
    return { unitId, unitName: unit?.name ?? '', unitKind: kind, group: groupOf(kind), late: counts.late, missing: counts.missing, rates: ratesOfCounts(counts) };
  });

  return {
    rates: ratesOfCounts(selected ? byPeriod.get(selected.id)! : emptyStatusCounts()),
    ...taskFigures(input, tasks),
    units: {
      departments: rank(rows.filter((r) => r.group === 'department')),
      townships: rank(rows.filter((r) => r.group === 'township')),
    },
    overdue,
    ratesByQuarter: input.periods.map((p) => ({ periodId: p.id, key: p.key, ...ratesOfCounts(byPeriod.get(p.id)!) })),
  };
}
