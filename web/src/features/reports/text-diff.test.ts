import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffParagraphs, hasChanges, paragraphsOf } from './text-diff';

describe('paragraphsOf', () => {
  it('splits on lines, dropping blank lines and trailing spaces', () => {
    expect(paragraphsOf('一、进展 \r\n\n  二、问题\n   ')).toEqual(['一、进展', '  二、问题']);
  });
});

describe('diffParagraphs', () => {
  it('shows a rewritten paragraph as removed, then added, between kept ones', () => {
    expect(diffParagraphs('甲\n乙\n丁', '甲\n丙\n丁')).toEqual([
      { op: 'same', text: '甲' },
      { op: 'removed', text: '乙' },
      { op: 'added', text: '丙' },
      { op: 'same', text: '丁' },
    ]);
  });

  it('finds paragraphs added at the end and removed at the start', () => {
    expect(diffParagraphs('旧\n甲', '甲\n新')).toEqual([
      { op: 'removed', text: '旧' },
      { op: 'same', text: '甲' },
      { op: 'added', text: '新' },
    ]);
  });

  it('reports no change for texts that differ only in blank lines', () => {
    expect(hasChanges(diffParagraphs('甲\n\n乙', '甲\n乙\n'))).toBe(false);
    expect(hasChanges(diffParagraphs('', '新'))).toBe(true);
  });

  it('keeps every paragraph of both texts, in order (property)', () => {
    const text = fc.array(fc.constantFrom('甲', '乙', '丙', '丁'), { maxLength: 12 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffParagraphs(before, after);
        expect(parts.filter((p) => p.op !== 'added').map((p) => p.text)).toEqual(paragraphsOf(before));
        expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text)).toEqual(paragraphsOf(after));
      }),
    );
  });
});
