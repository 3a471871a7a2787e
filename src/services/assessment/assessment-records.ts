import type { ReportRow } from '../../db/reporting.repository';
import type { PlanRow } from '../../db/schema';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import type { UnitRecords } from '../../domain/assessment/scoring';
import { daysBetween, localDate } from '../../domain/reporting/calendar';
import type { ReportingRule } from '../../domain/reporting/periods';
import { isAwaitingUnit } from '../../domain/supervision/notice-escalation';
import { noticeNumber } from '../../domain/supervision/notice-workflow';
import { listIndicators } from '../indicators/list-indicators';
import { obligationsOfPeriod, type ObligationState } from '../reporting/period-obligations';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };
const empty = (): Mutable<UnitRecords> => ({ obligations: [], ratings: [], tasks: [], indicators: [], overdueNotices: [], earlyCompletions: [], adjustments: [] });
const STATUS_WORDS = { on_track: '正常推进', lagging: '进度滞后', completed: '已完成', not_started: '尚未启动' } as const;

/**
 * The year's records of every unit, as the scoring reads them (domain/assessment/scoring.ts):
 * reports due in the year's periods, the office's ratings, the lead units' latest task status,
 * indicators by provider, notices that went past their deadline, tasks completed before the
 * plan's final year, and the office's adjustments. Each keeps the id of the row it comes from.
 */
export async function assessmentRecords(store: Store, actor: Actor, plan: PlanRow, rule: ReportingRule, year: number, now: Date): Promise<Map<string, Mutable<UnitRecords>>> {
  const { repos } = store;
  const byUnit = new Map<string, Mutable<UnitRecords>>();
  const of = (unitId: string) => byUnit.get(unitId) ?? byUnit.set(unitId, empty()).get(unitId)!;
  const periods = (await repos.reporting.listPeriods(plan.id)).filter((p) => p.year === year).sort((a, b) => a.end_date.localeCompare(b.end_date));
  const taskNumber = new Map((await repos.plans.listTasks(plan.id, { includeRetired: true })).map((t) => [t.id, t.number]));
  const obligations: ObligationState[] = [];
  for (const period of periods) obligations.push(...(await obligationsOfPeriod(repos, plan, period, rule, now)));
  const label = (o: Pick<ObligationState, 'periodKey' | 'taskId' | 'kind'>) => `${o.periodKey} 任务${taskNumber.get(o.taskId) ?? ''}${o.kind === 'consolidated' ? '（汇总）' : ''}`;

  const reports = new Map<string, ReportRow>();
  for (const o of obligations) {
    if (o.report) reports.set(o.report.id, o.report);
    if (o.timeliness.status === 'not_due') continue;
    const record = o.report ? { type: 'report', id: o.report.id } : { type: 'obligation', id: `${o.periodId}:${o.taskId}:${o.kind}` };
    of(o.unitId).obligations.push({ ...record, label: label(o), timeliness: o.timeliness });
  }
  for (const rating of await repos.assessment.listRatings(plan.id)) {
    const report = reports.get(rating.report_id);
    if (report) of(report.unit_id).ratings.push({ type: 'rating', id: report.id, label: `${label({ periodKey: periods.find((p) => p.id === report.period_id)!.key, taskId: report.task_id, kind: report.kind })} 质量评分`, score: rating.score });
  }
  addTaskProgress(obligations, taskNumber, plan, year, of);
  for (const indicator of await listIndicators(store, actor, plan.id, year)) {
    if (indicator.providerUnitId && indicator.status !== 'no_data') of(indicator.providerUnitId).indicators.push({ type: 'indicator', id: indicator.id, label: `指标${indicator.number}：${indicator.name}`, status: indicator.status });
  }
  await addOverdueNotices(store, plan, rule, year, now, of);
  for (const a of await repos.assessment.listAdjustments(plan.id, year)) of(a.unit_id).adjustments.push({ type: 'adjustment', id: a.id, label: `调整：${a.reason}`, points: a.points });
  return byUnit;
}

/** Each unit's tasks by their lead unit's latest status this year; the lead is credited a task completed before the final year. */
function addTaskProgress(obligations: readonly ObligationState[], taskNumber: ReadonlyMap<string, number>, plan: PlanRow, year: number, of: (unitId: string) => Mutable<UnitRecords>) {
  const latest = new Map<string, ReportRow & { periodKey: string }>();
  for (const o of obligations) {
    if (o.kind === 'consolidated' && o.report?.task_status && (o.report.status === 'submitted' || o.report.status === 'accepted')) latest.set(o.taskId, { ...o.report, periodKey: o.periodKey });
  }
  const seen = new Set<string>();
  for (const o of obligations) {
    const report = latest.get(o.taskId);
    if (!report || seen.has(`${o.unitId}/${o.taskId}`)) continue;
    seen.add(`${o.unitId}/${o.taskId}`);
    const status = report.task_status!;
    of(o.unitId).tasks.push({ type: 'report', id: report.id, label: `任务${taskNumber.get(o.taskId) ?? ''}（${report.periodKey}${STATUS_WORDS[status]}）`, status });
    if (status === 'completed' && o.kind === 'consolidated' && year < plan.end_year) of(o.unitId).earlyCompletions.push({ type: 'report', id: report.id, label: `任务${taskNumber.get(o.taskId) ?? ''}提前完成` });
  }
}

/** Notices due this year answered after their deadline, or still unanswered past it. */
async function addOverdueNotices(store: Store, plan: PlanRow, rule: ReportingRule, year: number, now: Date, of: (unitId: string) => Mutable<UnitRecords>) {
  const firstResponses = await store.repos.assessment.firstResponses(plan.id);
  const today = localDate(now, rule.timeZone);
  for (const n of await store.repos.supervision.listNotices({ planId: plan.id })) {
    if (Number(n.due_date.slice(0, 4)) !== year) continue;
    const answered = firstResponses.get(n.id);
    const late = answered ? daysBetween(n.due_date, localDate(answered, rule.timeZone)) > 0 : isAwaitingUnit(n.status) && daysBetween(n.due_date, today) > 0;
    if (late) of(n.unit_id).overdueNotices.push({ type: 'notice', id: n.id, label: `督办单${noticeNumber(n.year, n.serial)}超期` });
  }
}
