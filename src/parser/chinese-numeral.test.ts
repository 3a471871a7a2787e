import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './chinese-numeral';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['七', 7],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
  ])('reads heading numeral %s as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('指导')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});
