/** Evidence (佐证材料) the server accepts; it checks the content, this only spares a pointless upload. */
export const EVIDENCE_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'jpg', 'jpeg', 'png'] as const;
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.map((ext) => `.${ext}`).join(',');

export type EvidenceProblem = 'type' | 'size' | 'empty';

/**
 * Why a file cannot be attached, judged by its name and size before uploading; undefined when
 * it may go (the server still checks what it really is).
 *
 * @example checkEvidence('照片.HEIC', 1000) // 'type'
 */
export function checkEvidence(fileName: string, size: number): EvidenceProblem | undefined {
  const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!(EVIDENCE_EXTENSIONS as readonly string[]).includes(ext)) return 'type';
  if (size === 0) return 'empty';
  if (size > MAX_EVIDENCE_BYTES) return 'size';
  return undefined;
}

/**
 * A file size for people: 512 B, 3.4 KB, 12.5 MB.
 *
 * @example formatSize(1_572_864) // '1.5 MB'
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
