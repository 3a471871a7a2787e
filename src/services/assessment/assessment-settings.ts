import type { Repositories, Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DEFAULT_SCHEME, schemeProblems, type AssessmentScheme } from '../../domain/assessment/scheme';
import { DomainError } from '../../domain/errors';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import { loadReport } from '../reporting/report-access';
import type { RequestContext } from '../request-context';

export async function schemeOf(repos: Repositories, planId: string): Promise<AssessmentScheme> {
  const row = await repos.assessment.findScheme(planId);
  return row ? (row.scheme as AssessmentScheme) : DEFAULT_SCHEME;
}

/** The plan's scheme, for whoever reads the assessment. */
export async function getScheme(store: Store, actor: Actor, planId: string): Promise<AssessmentScheme> {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'assessment.read', { kind: 'region', regionId: plan.region_id });
  return schemeOf(store.repos, plan.id);
}

/** The office sets the plan's scoring scheme; the weights must add up to 100. Audited with before and after. */
export async function saveScheme(store: Store, actor: Actor, planId: string, scheme: AssessmentScheme, ctx: RequestContext): Promise<AssessmentScheme> {
  const problems = schemeProblems(scheme);
  if (problems.length > 0) throw new DomainError('validation_failed', 'The scheme is not usable: the four weights must add up to 100.', { fields: problems });
  return store.transaction(async (repos) => {
    const { plan } = await loadPlanWithRule(repos, actor, planId);
    authorize(actor, 'assessment.manage', { kind: 'region', regionId: plan.region_id });
    const before = await schemeOf(repos, planId);
    await repos.assessment.saveScheme({ planId, scheme, by: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'assessment.scheme', outcome: 'success', object: { type: 'plan', id: planId }, details: { before, after: scheme } });
    return scheme;
  });
}

/** The office rates an accepted report's quality (0–100): the quality component of the assessment. */
export async function rateReport(store: Store, actor: Actor, reportId: string, input: { score: number; note: string }, ctx: RequestContext) {
  if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
    throw new DomainError('validation_failed', 'A rating is a whole number from 0 to 100.', { fields: [{ field: 'score', message: 'between 0 and 100' }] });
  }
  return store.transaction(async (repos) => {
    const { report, plan } = await loadReport(repos, actor, reportId, 'report.review');
    authorize(actor, 'assessment.manage', { kind: 'region', regionId: plan.region_id });
    if (report.status !== 'accepted') throw new DomainError('conflict', 'Only an accepted report is rated.', { reason: 'not_accepted', status: report.status });
    const before = await repos.assessment.findRating(report.id);
    const row = await repos.assessment.saveRating({ reportId: report.id, planId: plan.id, score: input.score, note: input.note.trim(), by: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'assessment.rate', outcome: 'success', object: { type: 'report', id: report.id }, details: { score: input.score, ...(before ? { before: before.score } : {}) } });
    return { reportId: row.report_id, score: row.score, note: row.note, ratedAt: row.rated_at.toISOString() };
  });
}

/** The office adjusts a unit's score, only with a reason; audited, and shown in the breakdown as a record. */
export async function addAdjustment(store: Store, actor: Actor, planId: string, input: { year: number; unitId: string; points: number; reason: string }, ctx: RequestContext) {
  const reason = input.reason.trim();
  if (reason === '') throw new DomainError('validation_failed', 'An adjustment needs its reason.', { fields: [{ field: 'reason', message: 'required' }] });
  if (!Number.isFinite(input.points) || input.points === 0 || Math.abs(input.points) > 100) {
    throw new DomainError('validation_failed', 'Adjust by a non-zero number of points, at most 100.', { fields: [{ field: 'points', message: 'non-zero, at most 100' }] });
  }
  return store.transaction(async (repos) => {
    const { plan } = await loadPlanWithRule(repos, actor, planId);
    authorize(actor, 'assessment.manage', { kind: 'region', regionId: plan.region_id });
    const unit = await repos.org.findUnit(input.unitId);
    if (!unit || unit.region_id !== plan.region_id || unit.kind === 'group') {
      throw new DomainError('validation_failed', 'Choose one unit of this county.', { fields: [{ field: 'unitId', message: 'unknown unit' }] });
    }
    const row = await repos.assessment.insertAdjustment({ planId, year: input.year, unitId: unit.id, points: input.points, reason, by: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'assessment.adjust', outcome: 'success', object: { type: 'assessment_adjustment', id: row.id }, details: { year: input.year, unitId: unit.id, unit: unit.name, points: input.points, reason } });
    return { id: row.id };
  });
}

/** The accepted reports of the plan with the office's rating, if any: what the office rates. */
export async function listRatings(store: Store, actor: Actor, planId: string) {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'assessment.manage', { kind: 'region', regionId: plan.region_id });
  const [reports, ratings, periods, tasks, units] = await Promise.all([
    store.repos.reporting.listByStatus(planId, 'accepted'),
    store.repos.assessment.listRatings(planId),
    store.repos.reporting.listPeriods(planId),
    store.repos.plans.listTasks(planId, { includeRetired: true }),
    store.repos.org.listUnits(plan.region_id),
  ]);
  const rating = new Map(ratings.map((r) => [r.report_id, r]));
  const periodKey = new Map(periods.map((p) => [p.id, p.key]));
  const taskNumber = new Map(tasks.map((t) => [t.id, t.number]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return reports.map((r) => ({
    reportId: r.id,
    periodKey: periodKey.get(r.period_id) ?? '',
    taskNumber: taskNumber.get(r.task_id) ?? 0,
    kind: r.kind,
    unitName: unitName.get(r.unit_id) ?? '',
    score: rating.get(r.id)?.score ?? null,
    note: rating.get(r.id)?.note ?? '',
  }));
}
