import { writeAssessmentXlsx } from '../../documents/assessment-xlsx';
import { writeOfficialDocx } from '../../documents/circular-docx';
import { composeAssessmentCircular } from '../../domain/assessment/assessment-circular';
import { localDate } from '../../domain/reporting/calendar';
import { settingsOf } from '../documents/document-settings';
import { loadPlanWithRule } from '../reporting/load-plan';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { computeAssessment } from './compute-assessment';

/** The year's assessment as .xlsx (rankings and breakdown); the export is audited. */
export async function exportAssessment(store: Store, actor: Actor, planId: string, year: number, ctx: RequestContext): Promise<{ fileName: string; bytes: Buffer }> {
  const assessment = await computeAssessment(store, actor, planId, year, ctx.now);
  const title = `${year}年度实施方案落实情况考核结果`;
  const bytes = await writeAssessmentXlsx(assessment, title, ctx.now);
  await store.transaction((repos) => recordAudit(repos, ctx, actor, { action: 'assessment.export', outcome: 'success', object: { type: 'plan', id: planId }, details: { year } }));
  return { fileName: `${title}.xlsx`, bytes };
}

/**
 * The year's assessment as a 通报 draft (.docx, GB/T 9704), written by the documents area's writer
 * with its settings (issuer, addressees, 抄送); unnumbered: the office issues it there. Audited.
 */
export async function exportAssessmentCircular(store: Store, actor: Actor, planId: string, year: number, ctx: RequestContext): Promise<{ fileName: string; bytes: Buffer }> {
  const assessment = await computeAssessment(store, actor, planId, year, ctx.now);
  const { plan, rule } = await loadPlanWithRule(store.repos, actor, planId);
  const settings = await settingsOf(store.repos, plan);
  const model = composeAssessmentCircular({ planTitle: plan.title, year, scheme: assessment.scheme, departments: assessment.departments, townships: assessment.townships, setup: { ...settings, date: localDate(ctx.now, rule.timeZone) } });
  const bytes = await writeOfficialDocx(model);
  await store.transaction((repos) => recordAudit(repos, ctx, actor, { action: 'assessment.export', outcome: 'success', object: { type: 'plan', id: planId }, details: { year, format: 'docx' } }));
  return { fileName: `${model.title}.docx`, bytes };
}
