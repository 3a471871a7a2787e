import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { writeOfficialDocx } from '../../documents/circular-docx';
import type { BlobStore } from '../../storage/blob-store';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import type { RequestContext } from '../request-context';
import { loadDocument, toDocumentView } from './document-view';

/** The plan's drafts and issued documents, newest first. */
export async function listDocuments(store: Store, actor: Actor, planId: string) {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'document.read', { kind: 'region', regionId: plan.region_id });
  const rows = await store.repos.documents.list(planId);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    periodKey: r.period_key,
    status: r.status,
    title: r.title,
    number: r.number,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    issuedAt: r.issued_at?.toISOString() ?? null,
  }));
}

export async function getDocument(store: Store, actor: Actor, id: string) {
  const { row } = await loadDocument(store.repos, actor, id, 'document.read');
  return toDocumentView(row);
}

/**
 * The .docx of a document: an issued one exactly as archived (from the BlobStore, by its hash);
 * a draft written afresh from its model, without a number. The download is audited.
 */
export async function downloadDocumentDocx(store: Store, blobs: BlobStore, actor: Actor, id: string, ctx: RequestContext) {
  const { row } = await loadDocument(store.repos, actor, id, 'document.read');
  const bytes = row.status === 'issued' && row.sha256 ? await blobs.get(row.sha256) : await writeOfficialDocx(toDocumentView(row).model);
  await store.transaction((repos) => recordAudit(repos, ctx, actor, { action: 'document.download', outcome: 'success', object: { type: 'document', id }, details: { number: row.number, status: row.status } }));
  const name = row.number ? `${row.number}${row.title}` : `${row.title}（草稿）`;
  return { fileName: `${name.replace(/[\\/:*?"<>|]/g, '_')}.docx`, bytes };
}
