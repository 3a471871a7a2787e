import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { writeTaskBreakdownXlsx } from '../../documents/task-breakdown-xlsx';
import { PlanDocumentSchema } from '../../parser';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';

/** The 任务分解表 of a plan, from the document as last confirmed. The export is audited. */
export async function exportTaskBreakdown(store: Store, actor: Actor, planId: string, ctx: RequestContext): Promise<{ fileName: string; bytes: Buffer }> {
  const plan = await store.repos.plans.findPlan(planId);
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
  authorize(actor, 'plan.read', { kind: 'region', regionId: plan.region_id });
  const confirmed = await store.repos.plans.latestConfirmedImport(planId);
  if (!confirmed) throw new DomainError('not_found', 'This plan has no imported document yet.');
  const bytes = await writeTaskBreakdownXlsx(PlanDocumentSchema.parse(confirmed.document), { createdAt: ctx.now });
  await store.transaction((repos) =>
    recordAudit(repos, ctx, actor, { action: 'plan.export_breakdown', outcome: 'success', object: { type: 'plan', id: planId } }),
  );
  return { fileName: `${plan.title}任务分解表.xlsx`, bytes };
}
