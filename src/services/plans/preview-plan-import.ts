import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { parsePlanDocument } from '../../parser';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { describeImport, type ImportDescription } from './describe-import';

/**
 * Step 1 of importing a plan: parse the uploaded document and keep it, unconfirmed, so the
 * office can review the preview (goals, indicators, tasks, units, findings) and what it would
 * change. Nothing in the plan changes until it is confirmed.
 */
export async function previewPlanImport(
  store: Store,
  actor: Actor,
  input: { regionId: string; planId: string | null; fileName: string; bytes: Uint8Array },
  ctx: RequestContext,
): Promise<ImportDescription> {
  authorize(actor, 'plan.manage', { kind: 'region', regionId: input.regionId });
  if (input.planId) {
    const plan = await store.repos.plans.findPlan(input.planId);
    if (!plan || plan.region_id !== input.regionId) throw new DomainError('not_found', 'No such plan.');
  }
  const parsed = await parsePlanDocument(input.bytes, { fileName: input.fileName });
  if (!parsed.ok) {
    throw new DomainError('validation_failed', parsed.error.messageZh, { code: parsed.error.code, message: parsed.error.message, lookedFor: parsed.error.lookedFor, lookedForZh: parsed.error.lookedForZh });
  }
  return store.transaction(async (repos) => {
    const importId = await repos.plans.insertImport({
      regionId: input.regionId,
      planId: input.planId,
      fileName: input.fileName,
      document: parsed.plan,
      uploadedBy: actor.userId,
      now: ctx.now,
    });
    const row = (await repos.plans.findImport(importId))!;
    return describeImport(repos, row);
  });
}

/** An import again (to reload the preview page), with a person's unit mappings applied. */
export async function getPlanImport(store: Store, actor: Actor, importId: string, unitOverrides: Record<string, string> = {}): Promise<ImportDescription> {
  const row = await store.repos.plans.findImport(importId);
  if (!row || (actor.regionId !== null && row.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such import.');
  authorize(actor, 'plan.manage', { kind: 'region', regionId: row.region_id });
  return describeImport(store.repos, row, unitOverrides);
}
