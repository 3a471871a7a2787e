import { describe, expect, it } from 'vitest';
import { normalizeText, splitLines } from './normalize-text';

describe('normalizeText', () => {
  it('folds full-width punctuation, digits and letters to half-width', () => {
    expect(normalizeText('（牵头单位：科技局；责任单位：发改局，财政局）２０２５年ＧＤＰ％')).toBe('(牵头单位:科技局;责任单位:发改局,财政局)2025年GDP%');
  });

  it('keeps the punctuation that carries its own meaning', () => {
    expect(normalizeText('贺党办〔2024〕1号、“小巨人”《方案》【牵头单位】——')).toBe('贺党办〔2024〕1号、“小巨人”《方案》【牵头单位】——');
  });

  it('turns every Unicode space into a plain space and drops a BOM and zero-width characters', () => {
    expect(normalizeText('\ufeff甲\u3000乙\u2003丙\u00a0丁\u200b')).toBe('甲 乙 丙 丁');
  });

  it('keeps line numbers: one character for one, and CRLF is one line break', () => {
    expect(splitLines(normalizeText('一、甲\r\n（一）乙\r丙  '))).toEqual(['一、甲', '(一)乙', '丙']);
  });
});
