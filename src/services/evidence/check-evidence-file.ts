import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../../domain/errors';
import { MAX_EVIDENCE_BYTES } from '../reporting/attachments';

/** Evidence (佐证材料) types Luoshi accepts, recognised by their content, never their name. */
const EVIDENCE_TYPES = new Map([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['image/jpeg', 'jpg'],
  ['image/png', 'png'],
]);

/**
 * Checks an uploaded evidence file the way report attachments are checked (same types, same
 * 20 MB limit) and gives back its media type and a safe file name.
 * (services/reporting/attachments.ts keeps its own copy of these rules for now.)
 */
export async function checkEvidenceFile(file: { fileName: string; bytes: Buffer }): Promise<{ mediaType: string; fileName: string }> {
  if (file.bytes.byteLength === 0) throw new DomainError('validation_failed', 'The file is empty.', { fields: [{ field: 'file', message: 'empty' }] });
  if (file.bytes.byteLength > MAX_EVIDENCE_BYTES) throw new DomainError('validation_failed', 'Evidence files are at most 20 MB.', { fields: [{ field: 'file', message: 'too large' }] });
  const type = await fileTypeFromBuffer(file.bytes);
  const ext = type ? EVIDENCE_TYPES.get(type.mime) : undefined;
  if (!type || !ext) {
    throw new DomainError('validation_failed', 'Only PDF, Word (.docx), Excel (.xlsx), JPG and PNG files can be attached.', {
      fields: [{ field: 'file', message: `unsupported type ${type?.ext ?? 'unknown'}` }],
    });
  }
  // eslint-disable-next-line no-control-regex -- control characters and path separators go
  const fileName = file.fileName.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || `evidence.${ext}`;
  return { mediaType: type.mime, fileName };
}
