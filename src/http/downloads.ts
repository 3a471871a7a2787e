import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends bytes as a download; the Chinese file name survives through RFC 6266 `filename*`. */
export function sendDownload(reply: FastifyReply, fileName: string, mime: string, bytes: Buffer): FastifyReply {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', mime)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(bytes);
}

/** The one uploaded file of a multipart request, read whole (the size limit is set at registration). */
export async function readUploadedFile(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) {
    throw new DomainError('validation_failed', 'Upload the file as multipart/form-data.', { fields: [{ field: 'file', message: 'required' }] });
  }
  const part = await request.file();
  if (!part) throw new DomainError('validation_failed', 'No file was uploaded.', { fields: [{ field: 'file', message: 'required' }] });
  const bytes = await part.toBuffer();
  return { fileName: part.filename, bytes };
}
