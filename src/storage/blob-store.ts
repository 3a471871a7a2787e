/**
 * Where evidence files live, addressed by the SHA-256 of their content: the same file uploaded
 * twice is stored once, and a stored file can never change under its name. Local disk today;
 * an S3-compatible store implements the same three methods.
 */
export interface BlobStore {
  put(bytes: Uint8Array): Promise<{ sha256: string; size: number }>;
  get(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
}
