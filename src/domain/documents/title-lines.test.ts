import { describe, expect, it } from 'vitest';
import { titleLines, widthInChars } from './title-lines';

describe('titleLines (GB/T 9704 §7.3.1: break a long title between words, balanced)', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('关于2024年第四季度工作的通报', 20)).toEqual(['关于2024年第四季度工作的通报']);
  });

  it('breaks between words near the middle, never before a one-character word', () => {
    expect(titleLines('关于2024年第四季度贺兰县创新型县建设工作推进情况的通报', 20)).toEqual(['关于2024年第四季度贺兰县', '创新型县建设工作推进情况的通报']);
  });

  it('counts Arabic digits as half a character', () => {
    expect(widthInChars('2024年')).toBe(3);
  });
});
