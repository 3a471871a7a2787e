import type { ReportRow } from '../../db/reporting.repository';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { localDate } from '../../domain/reporting/calendar';
import { DEFAULT_DUE_SOON_DAYS, indicatorLight, taskLight, unitLight, type LightResult, type LightRules, type NoticeFact, type ObligationFact, type TaskFacts } from '../../domain/supervision/lights';
import { noticeNumber } from '../../domain/supervision/notice-workflow';
import { authorize } from '../authorize';
import { listIndicators } from '../indicators/list-indicators';
import { loadPlanWithRule } from '../reporting/load-plan';
import { obligationsOfPeriod, type ObligationState } from '../reporting/period-obligations';
import { thresholdsOf } from './supervision-settings';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

/** The lead unit's latest word on each task: its newest consolidated report that reached the office. */
function latestTaskStatus(reports: readonly ReportRow[], periodEnd: ReadonlyMap<string, { key: string; end: string }>): Map<string, TaskFacts['latestStatus']> {
  const latest = new Map<string, { end: string; status: NonNullable<TaskFacts['latestStatus']> }>();
  for (const r of reports) {
    const period = periodEnd.get(r.period_id);
    if (r.kind !== 'consolidated' || !r.task_status || !period) continue;
    const current = latest.get(r.task_id);
    if (!current || current.end < period.end) latest.set(r.task_id, { end: period.end, status: { status: r.task_status, periodKey: period.key } });
  }
  return new Map([...latest].map(([taskId, v]) => [taskId, v.status]));
}

/**
 * Lights for every task, indicator and unit of a plan now (domain/supervision/lights.ts): reports
 * owed in the open periods (a closed period is history: it counts in the assessment, not the
 * lights), the lead units' latest task status, indicator status (issue 6) and notices.
 */
export async function planLights(store: Store, actor: Actor, planId: string, now: Date) {
  const { repos } = store;
  const { plan, rule } = await loadPlanWithRule(repos, actor, planId);
  authorize(actor, 'supervision.read', { kind: 'region', regionId: plan.region_id });
  const today = localDate(now, rule.timeZone);
  const rules: LightRules = { dueSoonDays: DEFAULT_DUE_SOON_DAYS, escalation: await thresholdsOf(repos, planId) };
  const [periods, tasks, units, notices, submitted, accepted, indicators] = await Promise.all([
    repos.reporting.listPeriods(planId),
    repos.plans.listTasks(planId),
    repos.org.listUnits(plan.region_id),
    repos.supervision.listNotices({ planId }),
    repos.reporting.listByStatus(planId, 'submitted'),
    repos.reporting.listByStatus(planId, 'accepted'),
    listIndicators(store, actor, planId, Number(today.slice(0, 4))),
  ]);
  const obligations: ObligationState[] = [];
  for (const period of periods.filter((p) => p.status === 'open')) obligations.push(...(await obligationsOfPeriod(repos, plan, period, rule, now)));

  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const taskNumber = new Map(tasks.map((t) => [t.id, t.number]));
  const dueOf = new Map(periods.map((p) => [p.id, p.due_date]));
  const byTask = new Map<string, ObligationFact[]>();
  const byUnit = new Map<string, ObligationFact[]>();
  for (const o of obligations) {
    const base = { periodKey: o.periodKey, dueDate: dueOf.get(o.periodId)!, timeliness: o.timeliness };
    const consolidated = o.kind === 'consolidated' ? '（汇总）' : '';
    push(byTask, o.taskId, { ...base, subject: `${unitName.get(o.unitId) ?? ''}${consolidated}` });
    push(byUnit, o.unitId, { ...base, subject: `任务${taskNumber.get(o.taskId) ?? ''}${consolidated}` });
  }
  const noticesBy = new Map<string, NoticeFact[]>();
  for (const n of notices) {
    const fact = { number: noticeNumber(n.year, n.serial), status: n.status, dueDate: n.due_date };
    push(noticesBy, n.unit_id, fact);
    if (n.task_id) push(noticesBy, n.task_id, fact);
    if (n.indicator_id) push(noticesBy, n.indicator_id, fact);
  }
  const lagging = latestTaskStatus([...submitted, ...accepted], new Map(periods.map((p) => [p.id, { key: p.key, end: p.end_date }])));
  const present = (result: LightResult) => ({ light: result.light, reasons: result.reasons });

  return {
    today,
    thresholds: rules.escalation,
    tasks: tasks.map((t) => ({
      id: t.id,
      number: t.number,
      title: t.title,
      leadUnits: t.units.filter((u) => u.role === 'lead').map((u) => ({ id: u.unitId, name: u.name })),
      ...present(taskLight({ obligations: byTask.get(t.id) ?? [], latestStatus: lagging.get(t.id) ?? null, notices: noticesBy.get(t.id) ?? [] }, today, rules)),
    })),
    indicators: indicators.map((i) => ({
      id: i.id,
      number: i.number,
      name: i.name,
      attribute: i.attribute,
      status: i.status,
      providerUnitId: i.providerUnitId,
      origin: i.origin,
      ...present(indicatorLight({ status: i.status, attribute: i.attribute, origin: i.origin, notices: noticesBy.get(i.id) ?? [] }, today, rules)),
    })),
    units: units
      .filter((u) => u.kind !== 'group' && u.is_active)
      .map((u) => ({ id: u.id, name: u.name, kind: u.kind, ...present(unitLight({ obligations: byUnit.get(u.id) ?? [], notices: noticesBy.get(u.id) ?? [] }, today, rules)) })),
  };
}
