import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { formatDocumentNumber } from '../../domain/documents/document-number';
import { DomainError } from '../../domain/errors';
import { localDate } from '../../domain/reporting/calendar';
import { writeOfficialDocx } from '../../documents/circular-docx';
import type { BlobStore } from '../../storage/blob-store';
import { recordAudit } from '../audit/record-audit';
import { loadPlanWithRule } from '../reporting/load-plan';
import type { RequestContext } from '../request-context';
import { settingsOf } from './document-settings';
import { loadDocument, toDocumentView } from './document-view';

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Issues a draft: takes the plan's next number of the year (贺创新办〔2025〕3号), writes the .docx
 * with it, stores the file by SHA-256 and archives the document, unchangeable from then on.
 * All in one transaction: if anything fails, the number is given back and nothing is issued.
 */
export async function issueDocument(store: Store, blobs: BlobStore, actor: Actor, id: string, input: { version: number }, ctx: RequestContext) {
  return store.transaction(async (repos) => {
    const { row, plan } = await loadDocument(repos, actor, id, 'document.manage');
    if (row.status !== 'draft') throw new DomainError('conflict', `This document was already issued as ${row.number}.`, { reason: 'issued', number: row.number });
    if (row.version !== input.version) throw new DomainError('conflict', 'The draft changed since you read it; reload it before issuing.', { reason: 'stale_version', currentVersion: row.version });
    const { rule } = await loadPlanWithRule(repos, actor, plan.id);
    const year = Number(localDate(ctx.now, rule.timeZone).slice(0, 4));
    const settings = await settingsOf(repos, plan);
    const sequence = await repos.documents.nextSequence(plan.id, year);
    const number = formatDocumentNumber(settings.numberPrefix, year, sequence);
    const model = { ...toDocumentView(row).model, number };
    const bytes = await writeOfficialDocx(model);
    const stored = await blobs.put(bytes);
    await repos.files.recordStoredFile({ sha256: stored.sha256, size: stored.size, mediaType: DOCX_MEDIA_TYPE, now: ctx.now });
    const issued = await repos.documents.markIssued(id, input.version, { number, year, sequence, sha256: stored.sha256, model, by: actor.userId, now: ctx.now });
    if (!issued) throw new DomainError('conflict', 'This document was issued or changed meanwhile; reload it.', { reason: 'stale_version' });
    await recordAudit(repos, ctx, actor, { action: 'document.issue', outcome: 'success', object: { type: 'document', id }, details: { number, sha256: stored.sha256, kind: row.kind, periodKey: row.period_key } });
    return toDocumentView(issued);
  });
}
