import type { Store } from '../../db/store';
import { can, type Actor } from '../../domain/authorization/policy';
import { authorize } from '../authorize';
import { loadPeriod, loadPlanWithRule } from './load-plan';
import { loadReport } from './report-access';
import { toReportView } from './report-view';

/** The lead unit's view of a task in a period: every unit's report and the consolidated one. */
export async function listTaskReports(store: Store, actor: Actor, periodId: string, taskId: string, now: Date) {
  const { period, plan, rule } = await loadPeriod(store.repos, actor, periodId);
  authorize(actor, 'plan.read', { kind: 'region', regionId: plan.region_id });
  const leadUnitIds = await store.repos.reporting.leadUnitsOfTask(taskId);
  const reports = await store.repos.reporting.listReportsOfTask(period.id, taskId);
  // Each report is checked on its own: a responsible unit sees only its own among them.
  return reports
    .filter((r) => can(actor, 'report.read', { kind: 'report', regionId: plan.region_id, unitId: r.unit_id, leadUnitIds }))
    .map((r) => toReportView(r, period, rule, now));
}

/** The office's review queue: reports submitted and waiting for acceptance or return. */
export async function listReviewQueue(store: Store, actor: Actor, planId: string, now: Date) {
  const { plan, rule } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'report.review', { kind: 'report', regionId: plan.region_id, unitId: '', leadUnitIds: [] });
  const periods = new Map((await store.repos.reporting.listPeriods(planId)).map((p) => [p.id, p]));
  const reports = await store.repos.reporting.listByStatus(planId, 'submitted');
  return reports.map((r) => toReportView(r, periods.get(r.period_id)!, rule, now));
}

/** A report, and every version submitted to the office, oldest first (to compare them). */
export async function getReportWithVersions(store: Store, actor: Actor, reportId: string, now: Date) {
  const { report, period, rule } = await loadReport(store.repos, actor, reportId, 'report.read');
  const [versions, attachments] = await Promise.all([store.repos.reporting.listVersions(report.id), store.repos.files.listAttachments(report.id)]);
  return {
    report: toReportView(report, period, rule, now),
    versions: versions.map((v) => ({ number: v.number, submittedAt: v.submitted_at.toISOString(), submittedBy: v.submitted_by, content: v.content })),
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, size: Number(a.size), mediaType: a.media_type, uploadedAt: a.uploaded_at.toISOString() })),
  };
}
