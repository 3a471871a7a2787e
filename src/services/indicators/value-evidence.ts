import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import type { BlobStore } from '../../storage/blob-store';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { checkEvidenceFile } from '../evidence/check-evidence-file';
import type { RequestContext } from '../request-context';
import { loadIndicator } from './indicator-values';

async function loadValue(store: Store, actor: Actor, valueId: string) {
  const value = await store.repos.indicators.findValue(valueId);
  if (!value) throw new DomainError('not_found', 'No such value.');
  return { value, ...(await loadIndicator(store, actor, value.indicator_id)) };
}

/**
 * Attaches evidence (佐证材料: the statistics bureau's bulletin, a scan) to a value, for whoever
 * may enter it, until the office accepts the value. Same types and limits as report evidence.
 */
export async function addValueEvidence(store: Store, blobs: BlobStore, actor: Actor, valueId: string, file: { fileName: string; bytes: Buffer }, ctx: RequestContext) {
  const { value, resource } = await loadValue(store, actor, valueId);
  authorize(actor, 'indicator.enter', resource);
  if (value.status === 'accepted') throw new DomainError('conflict', 'Evidence can be added until the office accepts the value.', { reason: 'not_editable' });
  const { mediaType, fileName } = await checkEvidenceFile(file);
  const stored = await blobs.put(file.bytes);
  return store.transaction(async (repos) => {
    await repos.files.recordStoredFile({ sha256: stored.sha256, size: stored.size, mediaType, now: ctx.now });
    const row = await repos.indicators.addEvidence({ planId: value.plan_id, valueId: value.id, sha256: stored.sha256, fileName, uploadedBy: actor.userId, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'indicator.attach', outcome: 'success', object: { type: 'indicator_value', id: value.id }, details: { fileName, sha256: stored.sha256, size: stored.size } });
    return { id: row.id, fileName, size: stored.size, mediaType, uploadedAt: ctx.now.toISOString() };
  });
}

/** An evidence file's bytes, for whoever may read the indicator. */
export async function readValueEvidence(store: Store, blobs: BlobStore, actor: Actor, evidenceId: string) {
  const evidence = await store.repos.indicators.findEvidence(evidenceId);
  if (!evidence) throw new DomainError('not_found', 'No such file.');
  const { resource } = await loadValue(store, actor, evidence.value_id);
  authorize(actor, 'indicator.read', resource);
  return { fileName: evidence.file_name, mediaType: evidence.media_type, bytes: await blobs.get(evidence.sha256) };
}
