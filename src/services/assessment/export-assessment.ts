import { writeAssessmentXlsx } from '../../documents/assessment-xlsx';
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
