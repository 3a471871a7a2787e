import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { isAwaitingUnit } from '../../domain/supervision/notice-escalation';
import type { BlobStore } from '../../storage/blob-store';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { checkEvidenceFile } from './evidence-file';
import { loadNotice } from './load-notice';

/** The unit attaches evidence (佐证材料) to its response, while the notice waits on it. */
export async function addNoticeAttachment(store: Store, blobs: BlobStore, actor: Actor, noticeId: string, file: { fileName: string; bytes: Buffer }, ctx: RequestContext) {
  const checked = await checkEvidenceFile(file);
  const stored = await blobs.put(file.bytes);
  return store.transaction(async (repos) => {
    const { notice } = await loadNotice(repos, actor, noticeId, 'supervision.respond');
    if (!isAwaitingUnit(notice.status)) throw new DomainError('conflict', 'Evidence can be added only before the response is sent.', { reason: 'not_editable', status: notice.status });
    await repos.files.recordStoredFile({ sha256: stored.sha256, size: stored.size, mediaType: checked.mediaType, now: ctx.now });
    const row = await repos.supervision.addAttachment({ planId: notice.plan_id, noticeId: notice.id, sha256: stored.sha256, fileName: checked.fileName, uploadedBy: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'supervision.attach', outcome: 'success', object: { type: 'notice', id: notice.id }, details: { fileName: checked.fileName, sha256: stored.sha256, size: stored.size } });
    return { id: row.id, fileName: checked.fileName, size: stored.size, mediaType: checked.mediaType, uploadedAt: ctx.now.toISOString() };
  });
}

/** An attachment's bytes, for whoever may read its notice. */
export async function readNoticeAttachment(store: Store, blobs: BlobStore, actor: Actor, attachmentId: string) {
  const attachment = await store.repos.supervision.findAttachment(attachmentId);
  if (!attachment) throw new DomainError('not_found', 'No such file.');
  await loadNotice(store.repos, actor, attachment.notice_id, 'supervision.view');
  return { fileName: attachment.file_name, mediaType: attachment.media_type, bytes: await blobs.get(attachment.sha256) };
}
