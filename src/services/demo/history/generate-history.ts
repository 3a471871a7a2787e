import type { PeriodRow } from '../../../db/schema';
import type { Store } from '../../../db/store';
import { obligationsOf, type Obligation } from '../../../domain/reporting/obligations';
import { actorOf } from '../../authorize';
import { closePeriod, openPeriod } from '../../reporting/periods';
import { createRng, type Rng } from './prng';
import { currentOutcome, daysLater, pastOutcome, reliabilityOf, type Reliability } from './report-outcome';
import { reportRows, type ReportRows } from './report-rows';

export interface HistoryCounts {
  periods: number;
  /** Report obligations across every period (what is owed). */
  obligations: number;
  reports: number;
  versions: number;
}

/** The plan to write history for, and the office that runs it. */
export interface HistoryTarget {
  regionId: string;
  planId: string;
  officeLogin: string;
}

export interface HistoryOptions {
  seed: string | number;
  /** One independent stream per county (the synthetic county's index, or the demo's name). */
  stream: string | number;
  /** The moment the history describes: quarters before it are reported, the one it falls in is in progress. */
  asOf: Date;
  /** The last year to write (default: the plan's end year). */
  lastYear?: number;
  /** Who the rows say wrote them. */
  userAgent: string;
}

const ctxAt = (now: Date, userAgent: string) => ({ now, ip: null, userAgent });

/** Obligations in a fixed order (task number, unit name, kind), so the same seed draws the same outcomes. */
async function orderedObligations(store: Store, target: HistoryTarget): Promise<{ obligations: Obligation[]; unitNames: Map<string, string> }> {
  const { repos } = store;
  const [assignments, groups, tasks, units] = await Promise.all([
    repos.reporting.listAssignments(target.planId),
    repos.org.listGroupMembers(target.regionId),
    repos.plans.listTasks(target.planId),
    repos.org.listUnits(target.regionId),
  ]);
  const number = new Map(tasks.map((t) => [t.id, t.number]));
  const name = new Map(units.map((u) => [u.id, u.name]));
  const obligations = obligationsOf(assignments, groups).sort(
    (a, b) => number.get(a.taskId)! - number.get(b.taskId)! || name.get(a.unitId)!.localeCompare(name.get(b.unitId)!) || a.kind.localeCompare(b.kind),
  );
  return { obligations, unitNames: name };
}

/** The office opens each quarter at its start, through the quarter `asOf` falls in (or `lastYear`'s end). */
async function openQuarters(store: Store, target: HistoryTarget, options: HistoryOptions): Promise<PeriodRow[]> {
  const plan = (await store.repos.plans.findPlan(target.planId))!;
  const office = actorOf((await store.repos.users.findByLogin(target.officeLogin))!);
  const lastYear = Math.min(options.lastYear ?? plan.end_year, plan.end_year);
  const periods: PeriodRow[] = [];
  for (let year = plan.start_year; year <= lastYear; year += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      const start = new Date(`${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01T09:00:00+08:00`);
      if (start.getTime() > options.asOf.getTime()) return periods;
      periods.push(await openPeriod(store, office, target.planId, `${year}Q${quarter}`, ctxAt(start, options.userAgent)));
    }
  }
  return periods;
}

/** Each unit's habit, drawn once per unit in name order. */
function reliabilities(rng: Rng, obligations: readonly Obligation[], unitNames: ReadonlyMap<string, string>): Map<string, Reliability> {
  const units = [...new Set(obligations.map((o) => o.unitId))].sort((a, b) => unitNames.get(a)!.localeCompare(unitNames.get(b)!));
  return new Map(units.map((unitId) => [unitId, reliabilityOf(rng)]));
}

/**
 * Quarterly reporting history for one plan: every quarter opened by the office through the
 * services; past quarters reported (on time, late, after a return, or not at all, each unit
 * after its habit) and closed; a quarter whose deadline is still ahead of `asOf` left in
 * progress, with drafts. Reports, being many, are written in bulk as the rows the services
 * would leave (report-rows.ts), without the audit entries and notifications of the live workflow.
 */
export async function writeHistory(store: Store, options: HistoryOptions, target: HistoryTarget): Promise<HistoryCounts> {
  const rng = createRng(options.seed, options.stream, 'history');
  const periods = await openQuarters(store, target, options);
  const { obligations, unitNames } = await orderedObligations(store, target);
  const habit = reliabilities(rng, obligations, unitNames);
  const accounts = await store.repos.users.list({ regionId: target.regionId });
  const officeId = accounts.find((a) => a.login === target.officeLogin)!.id;
  const reporterOf = new Map(accounts.filter((a) => a.roles.includes('unit_reporter') && a.unit_id).map((a) => [a.unit_id!, a.id]));
  const targets = await store.repos.plans.listTargets(target.planId);
  const plan = (await store.repos.plans.findPlan(target.planId))!;
  const planQuarters = (plan.end_year - plan.start_year + 1) * 4;

  const rows: ReportRows[] = [];
  const past: PeriodRow[] = [];
  periods.forEach((period, quarterIndex) => {
    const isCurrent = period.late_after.getTime() > options.asOf.getTime();
    if (!isCurrent) past.push(period);
    for (const o of obligations) {
      const reporterId = reporterOf.get(o.unitId);
      if (!reporterId) continue;
      const context = {
        planId: target.planId,
        periodId: period.id,
        lateAfter: period.late_after,
        quarterIndex,
        quarters: planQuarters,
        inProgressAt: isCurrent ? options.asOf : null,
        ...o,
        reporterId,
        officeId,
        targets: targets.filter((t) => t.task_id === o.taskId).map((t) => ({ id: t.id, value: t.value })),
      };
      const row = reportRows(rng, context, isCurrent ? currentOutcome(rng) : pastOutcome(rng, habit.get(o.unitId)));
      if (row) rows.push(row);
    }
  });
  await store.transaction((repos) => repos.demoHistory.insertReports(rows));

  const office = actorOf((await store.repos.users.findByLogin(target.officeLogin))!);
  for (const period of past) await closePeriod(store, office, period.id, ctxAt(daysLater(rng, period.late_after, 10, 20), options.userAgent));
  return { periods: periods.length, obligations: obligations.length * periods.length, reports: rows.length, versions: rows.reduce((n, r) => n + r.versions.length, 0) };
}
