import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { composeDocument } from '../../domain/documents/compose-document';
import type { DocumentKind, DocumentModel } from '../../domain/documents/document-model';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import type { RequestContext } from '../request-context';
import { settingsOf } from './document-settings';
import { toDocumentView } from './document-view';
import { gatherPeriodFacts } from './gather-period-facts';

/** A document of a kind for a period, composed from the data now, with the plan's settings. */
export async function composeFromData(store: Store, actor: Actor, planId: string, kind: DocumentKind, periodKey: string, now: Date): Promise<DocumentModel> {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'document.read', { kind: 'region', regionId: plan.region_id });
  const [facts, settings] = await Promise.all([gatherPeriodFacts(store, actor, planId, periodKey, now), settingsOf(store.repos, plan)]);
  return composeDocument(kind, facts, { issuer: settings.issuer, recipients: settings.recipients, copyTo: settings.copyTo, date: facts.asOf });
}

/** The office generates a draft for a period from the data; it edits it before issuing. Audited. */
export async function generateDocument(store: Store, actor: Actor, planId: string, input: { kind: DocumentKind; periodKey: string }, ctx: RequestContext) {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'document.manage', { kind: 'region', regionId: plan.region_id });
  const model = await composeFromData(store, actor, planId, input.kind, input.periodKey, ctx.now);
  return store.transaction(async (repos) => {
    const row = await repos.documents.insertDraft({ planId, kind: input.kind, periodKey: input.periodKey, title: model.title, model, by: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'document.generate', outcome: 'success', object: { type: 'document', id: row.id }, details: { kind: input.kind, periodKey: input.periodKey } });
    return toDocumentView(row);
  });
}
