import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file field, for app.inject(). */
export function multipartBody(field: string, fileName: string, bytes: Buffer, mime = 'application/octet-stream') {
  const boundary = `----luoshi${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${mime}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
