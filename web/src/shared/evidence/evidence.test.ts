import { describe, expect, it } from 'vitest';
import { checkEvidence, formatSize, MAX_EVIDENCE_BYTES } from './evidence';

describe('checkEvidence', () => {
  it('lets PDF, Word, Excel, JPG and PNG through, whatever the case of the extension', () => {
    for (const name of ['a.pdf', 'b.DOCX', 'c.xlsx', 'd.jpg', 'e.JPEG', 'f.png']) expect(checkEvidence(name, 10), name).toBeUndefined();
  });

  it('refuses other types, including old .doc and names without an extension', () => {
    expect(checkEvidence('旧文件.doc', 10)).toBe('type');
    expect(checkEvidence('视频.mp4', 10)).toBe('type');
    expect(checkEvidence('README', 10)).toBe('type');
  });

  it('refuses an empty file and one over 20 MB', () => {
    expect(checkEvidence('a.pdf', 0)).toBe('empty');
    expect(checkEvidence('a.pdf', MAX_EVIDENCE_BYTES)).toBeUndefined();
    expect(checkEvidence('a.pdf', MAX_EVIDENCE_BYTES + 1)).toBe('size');
  });
});

describe('formatSize', () => {
  it('uses B, KB and MB', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(3482)).toBe('3.4 KB');
    expect(formatSize(1_572_864)).toBe('1.5 MB');
  });
});
