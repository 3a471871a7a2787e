import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { isEditable } from '../../domain/reporting/report-workflow';
import type { BlobStore } from '../../storage/blob-store';
import { recordAudit } from '../audit/record-audit';
import { checkEvidenceFile } from '../evidence/check-evidence-file';
import type { RequestContext } from '../request-context';
import { assertPeriodWritable, loadReport } from './report-access';

/** Attaches an evidence file to a report the unit is still writing. */
export async function addAttachment(store: Store, blobs: BlobStore, actor: Actor, reportId: string, file: { fileName: string; bytes: Buffer }, ctx: RequestContext) {
  const { mediaType, fileName } = await checkEvidenceFile(file);
  const stored = await blobs.put(file.bytes);
  return store.transaction(async (repos) => {
    const { report, period } = await loadReport(repos, actor, reportId, 'report.write');
    await assertPeriodWritable(repos, period, report.unit_id);
    if (!isEditable(report.status)) throw new DomainError('conflict', 'Evidence can be added only while the report is being written.', { reason: 'not_editable' });
    await repos.files.recordStoredFile({ sha256: stored.sha256, size: stored.size, mediaType, now: ctx.now });
    const row = await repos.files.addAttachment({ planId: report.plan_id, reportId: report.id, sha256: stored.sha256, fileName, uploadedBy: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'report.attach', outcome: 'success', object: { type: 'report', id: report.id }, details: { fileName, sha256: stored.sha256, size: stored.size } });
    return { id: row.id, fileName, size: stored.size, mediaType, uploadedAt: ctx.now.toISOString() };
  });
}

/** An attachment's bytes, for whoever may read its report. */
export async function readAttachment(store: Store, blobs: BlobStore, actor: Actor, attachmentId: string) {
  const attachment = await store.repos.files.findAttachment(attachmentId);
  if (!attachment) throw new DomainError('not_found', 'No such file.');
  await loadReport(store.repos, actor, attachment.report_id, 'report.read');
  return { fileName: attachment.file_name, mediaType: attachment.media_type, bytes: await blobs.get(attachment.sha256) };
}

/**
 * Removes an evidence file from a report its unit is still writing (a draft, or returned); once
 * submitted, the evidence stays as the office saw it. The stored bytes are kept (other reports may
 * share them by hash); the removal is audited.
 */
export async function removeAttachment(store: Store, actor: Actor, attachmentId: string, ctx: RequestContext): Promise<void> {
  await store.transaction(async (repos) => {
    const attachment = await repos.files.findAttachment(attachmentId);
    if (!attachment) throw new DomainError('not_found', 'No such file.');
    const { report, period } = await loadReport(repos, actor, attachment.report_id, 'report.write');
    await assertPeriodWritable(repos, period, report.unit_id);
    if (!isEditable(report.status)) throw new DomainError('conflict', 'Evidence can be removed only while the report is being written.', { reason: 'not_editable', status: report.status });
    await repos.files.deleteAttachment(attachment.id);
    await recordAudit(repos, ctx, actor, {
      action: 'report.detach',
      outcome: 'success',
      object: { type: 'report', id: report.id },
      details: { attachmentId: attachment.id, fileName: attachment.file_name, sha256: attachment.sha256 },
    });
  });
}
