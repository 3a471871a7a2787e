import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../../domain/errors';

/**
 * Evidence (佐证材料) a notice's response accepts: the same kinds and limit as report evidence
 * (services/reporting/attachments.ts), recognised by content, never by name.
 */
const EVIDENCE_TYPES = new Map([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['image/jpeg', 'jpg'],
  ['image/png', 'png'],
]);
const MAX_BYTES = 20 * 1024 * 1024;

/** The checked file: its media type and a file name safe to store and send back. */
export async function checkEvidenceFile(file: { fileName: string; bytes: Buffer }): Promise<{ mediaType: string; fileName: string }> {
  if (file.bytes.byteLength === 0) throw new DomainError('validation_failed', 'The file is empty.', { fields: [{ field: 'file', message: 'empty' }] });
  if (file.bytes.byteLength > MAX_BYTES) throw new DomainError('validation_failed', 'Evidence files are at most 20 MB.', { fields: [{ field: 'file', message: 'too large' }] });
  const type = await fileTypeFromBuffer(file.bytes);
  const extension = type ? EVIDENCE_TYPES.get(type.mime) : undefined;
  if (!type || !extension) {
    throw new DomainError('validation_failed', 'Only PDF, Word (.docx), Excel (.xlsx), JPG and PNG files can be attached.', {
      fields: [{ field: 'file', message: `unsupported type ${type?.ext ?? 'unknown'}` }],
    });
  }
  // eslint-disable-next-line no-control-regex -- control characters and path separators go
  const fileName = file.fileName.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || `evidence.${extension}`;
  return { mediaType: type.mime, fileName };
}
