import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import type { DocumentModel } from '../../domain/documents/document-model';
import { DomainError } from '../../domain/errors';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { loadDocument, toDocumentView } from './document-view';

/**
 * The office saves its edits of a draft (the text it reworded, headings, tables, addressees).
 * Optimistic: the save names the version it read; an issued document can no longer change.
 */
export async function editDocument(store: Store, actor: Actor, id: string, input: { version: number; model: DocumentModel }, ctx: RequestContext) {
  return store.transaction(async (repos) => {
    const { row } = await loadDocument(repos, actor, id, 'document.manage');
    if (row.status !== 'draft') throw new DomainError('conflict', 'An issued document is archived and cannot be changed.', { reason: 'issued', number: row.number });
    // The kind and the number are not the editor's: the number comes only when issuing.
    const model: DocumentModel = { ...input.model, kind: row.kind, number: null };
    const saved = await repos.documents.updateDraft(id, input.version, { title: model.title, model, by: actor.userId, now: ctx.now });
    if (!saved) throw new DomainError('conflict', 'Someone saved this draft meanwhile; reload it.', { reason: 'stale_version', currentVersion: row.version });
    await recordAudit(repos, ctx, actor, { action: 'document.edit', outcome: 'success', object: { type: 'document', id }, details: { version: saved.version } });
    return toDocumentView(saved);
  });
}
