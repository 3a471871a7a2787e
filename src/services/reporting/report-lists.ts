import type { Store } from '../../db/store';
import { can, type Actor } from '../../domain/authorization/policy';
import { obligationsOf } from '../../domain/reporting/obligations';
import { timelinessOf } from '../../domain/reporting/timeliness';
import { authorize } from '../authorize';
import { loadPeriod, loadPlanWithRule } from './load-plan';
import { loadReport } from './report-access';
import { periodOf, toReportViews } from './report-view';

/**
 * The lead unit's view of a task in a period: every unit's report and the consolidated one, and
 * the units that owe a report but have not started it (missing once the deadline has passed).
 */
export async function listTaskReports(store: Store, actor: Actor, periodId: string, taskId: string, now: Date) {
  const { repos } = store;
  const { period, plan, rule } = await loadPeriod(repos, actor, periodId);
  authorize(actor, 'plan.read', { kind: 'region', regionId: plan.region_id });
  const [leadUnitIds, reports, assignments, groups, units] = await Promise.all([
    repos.reporting.leadUnitsOfTask(taskId),
    repos.reporting.listReportsOfTask(period.id, taskId),
    repos.reporting.listAssignmentsOfTask(taskId),
    repos.org.listGroupMembers(plan.region_id),
    repos.org.listUnits(plan.region_id),
  ]);
  // Each unit is checked on its own: a responsible unit sees only its own report among them.
  const mayRead = (unitId: string) => can(actor, 'report.read', { kind: 'report', regionId: plan.region_id, unitId, leadUnitIds });
  const started = new Set(reports.map((r) => `${r.unit_id}/${r.kind}`));
  const names = new Map(units.map((u) => [u.id, u.name]));
  const notStarted = obligationsOf(assignments, groups)
    .filter((o) => o.taskId === taskId && !started.has(`${o.unitId}/${o.kind}`) && mayRead(o.unitId))
    .map((o) => ({ unitId: o.unitId, unitName: names.get(o.unitId) ?? '', kind: o.kind, timeliness: timelinessOf(periodOf(period), rule, null, now) }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
  const readable = reports.filter((r) => mayRead(r.unit_id));
  return { reports: await toReportViews(repos, readable, () => period, rule, now), notStarted };
}

/** The office's review queue: reports submitted and waiting for acceptance or return. */
export async function listReviewQueue(store: Store, actor: Actor, planId: string, now: Date) {
  const { plan, rule } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'report.review', { kind: 'report', regionId: plan.region_id, unitId: '', leadUnitIds: [] });
  const periods = new Map((await store.repos.reporting.listPeriods(planId)).map((p) => [p.id, p]));
  const reports = await store.repos.reporting.listByStatus(planId, 'submitted');
  return toReportViews(store.repos, reports, (r) => periods.get(r.period_id)!, rule, now);
}

/** A report, and every version submitted to the office, oldest first (to compare them). */
export async function getReportWithVersions(store: Store, actor: Actor, reportId: string, now: Date) {
  const { report, period, rule } = await loadReport(store.repos, actor, reportId, 'report.read');
  const [versions, attachments, [view]] = await Promise.all([
    store.repos.reporting.listVersions(report.id),
    store.repos.files.listAttachments(report.id),
    toReportViews(store.repos, [report], () => period, rule, now),
  ]);
  return {
    report: view!,
    versions: versions.map((v) => ({ number: v.number, submittedAt: v.submitted_at.toISOString(), submittedBy: v.submitted_by, submittedByName: v.submitted_by_name ?? '', content: v.content })),
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, size: Number(a.size), mediaType: a.media_type, uploadedAt: a.uploaded_at.toISOString() })),
  };
}
