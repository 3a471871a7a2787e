import type { TaskRowWithUnits } from '../../db/plans.repository';
import type { ReportRow } from '../../db/reporting.repository';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import type { PeriodFacts, ReportFact, TaskFact, UnitTimeliness } from '../../domain/documents/period-facts';
import { DomainError } from '../../domain/errors';
import { localDate } from '../../domain/reporting/calendar';
import type { NoticeFact } from '../../domain/supervision/lights';
import { noticeNumber } from '../../domain/supervision/notice-workflow';
import { listIndicators } from '../indicators/list-indicators';
import { loadPlanWithRule } from '../reporting/load-plan';
import { timelinessSummary } from '../reporting/timeliness-summary';
import { thresholdsOf } from '../supervision/supervision-settings';

/** Reports the office has received: submitted (perhaps awaiting review) or accepted. */
const RECEIVED: ReadonlyArray<ReportRow['status']> = ['submitted', 'accepted'];

/** The opened period of a plan with this key, or a clear error. */
export async function findOpenedPeriod(store: Store, planId: string, periodKey: string) {
  const period = (await store.repos.reporting.listPeriods(planId)).find((p) => p.key === periodKey);
  if (!period) {
    throw new DomainError('validation_failed', `The period ${periodKey} has not been opened for reporting.`, { fields: [{ field: 'periodKey', message: 'not opened' }] });
  }
  return period;
}

/**
 * Everything a period's documents say, from the reporting cycle (timeliness, reports) and the
 * indicators (status and explanation in the period's year), read with the actor's rights.
 */
export async function gatherPeriodFacts(store: Store, actor: Actor, planId: string, periodKey: string, now: Date): Promise<PeriodFacts> {
  const { plan, rule } = await loadPlanWithRule(store.repos, actor, planId);
  const period = await findOpenedPeriod(store, planId, periodKey);
  const [timeliness, indicators, tasks, reports, region, notices, escalation] = await Promise.all([
    timelinessSummary(store, actor, period.id, now),
    listIndicators(store, actor, planId, period.year),
    store.repos.plans.listTasks(planId),
    store.repos.reporting.listReportsOfPeriod(period.id),
    store.repos.org.findRegion(plan.region_id),
    store.repos.supervision.listNotices({ planId }),
    thresholdsOf(store.repos, planId),
  ]);
  // 督办单 on each task, for the meeting pack's lights (as the supervision page counts them).
  const noticesOf = new Map<string, NoticeFact[]>();
  for (const n of notices) {
    if (n.task_id) noticesOf.set(n.task_id, [...(noticesOf.get(n.task_id) ?? []), { number: noticeNumber(n.year, n.serial), status: n.status, dueDate: n.due_date }]);
  }
  // Every unit that reports owes an obligation, so the timeliness summary names them all.
  const unitName = new Map(timeliness.units.map((u) => [u.unitId, u.unitName]));
  const received = reports.filter((r) => RECEIVED.includes(r.status)).sort((a, b) => (b.submitted_at?.getTime() ?? 0) - (a.submitted_at?.getTime() ?? 0));
  return {
    planTitle: plan.title,
    countyName: region?.name ?? '',
    periodKey: period.key,
    dueDate: period.due_date,
    asOf: localDate(now, rule.timeZone),
    indicatorYear: period.year,
    indicators: indicators.map((i) => ({ number: i.number, name: i.name, attribute: i.attribute, origin: i.origin, status: i.status, explanation: i.explanation })),
    sections: sectionsOf(tasks, received, timeliness.obligations, noticesOf, (id) => unitName.get(id) ?? ''),
    rates: timeliness.rates,
    units: timeliness.units.map((u): UnitTimeliness => ({
      name: u.unitName,
      expected: u.rates.expected,
      onTime: u.rates.onTime,
      late: u.late,
      missing: u.missing,
      maxDaysLate: Math.max(0, ...timeliness.obligations.map((o) => (o.unitId === u.unitId && o.timeliness.status === 'late' ? o.timeliness.daysLate : 0))),
    })),
    escalation,
  };
}

type Summary = Awaited<ReturnType<typeof timelinessSummary>>;

/** The plan's sections in order, each task with its lead units, received reports and obligations. */
function sectionsOf(tasks: TaskRowWithUnits[], received: ReportRow[], obligations: Summary['obligations'], notices: ReadonlyMap<string, NoticeFact[]>, nameOf: (unitId: string) => string) {
  const reportFact = (r: ReportRow): ReportFact => ({
    unitName: nameOf(r.unit_id),
    kind: r.kind,
    taskStatus: r.task_status,
    progress: r.progress,
    problems: r.problems,
    nextSteps: r.next_steps,
    submittedAt: r.submitted_at?.toISOString() ?? '',
  });
  const sections = new Map<string, { title: string; tasks: TaskFact[] }>();
  for (const task of tasks) {
    const section = sections.get(task.section_id) ?? { title: task.section_title, tasks: [] };
    section.tasks.push({
      number: task.number,
      title: task.title,
      leadUnits: task.units.filter((u) => u.role === 'lead').map((u) => u.name),
      reports: received.filter((r) => r.task_id === task.id).map(reportFact),
      obligations: obligations.filter((o) => o.taskId === task.id).map((o) => ({ unitName: nameOf(o.unitId), timeliness: o.timeliness })),
      notices: notices.get(task.id) ?? [],
    });
    sections.set(task.section_id, section);
  }
  return [...sections.values()];
}
