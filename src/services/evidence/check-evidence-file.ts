import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../../domain/errors';

/** The largest evidence file accepted (20 MB), everywhere evidence is attached. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** Evidence (佐证材料) types Luoshi accepts, recognised by their content, never their name. */
const EVIDENCE_TYPES = new Map([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['image/jpeg', 'jpg'],
  ['image/png', 'png'],
]);

/**
 * Checks an uploaded evidence file — of a report, an indicator value or a notice's response —
 * and gives back its media type and a file name safe to store and send back.
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
