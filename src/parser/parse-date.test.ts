import { describe, expect, it } from 'vitest';
import { findDate, isDateLine, toIsoDate } from './parse-date';

describe('dates', () => {
  it.each([
    ['发布日期 2024-01-08', '2024-01-08'],
    ['2024年1月5日', '2024-01-05'],
    ['2024 年 12 月 31 日', '2024-12-31'],
    ['2024/3/9', '2024-03-09'],
    ['2024.3.9', '2024-03-09'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it('refuses impossible calendar dates', () => {
    expect(toIsoDate(2023, 2, 29)).toBeNull();
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(findDate('2024-13-01')).toBeNull();
  });

  it('recognises a signature date line only when the line is just the date', () => {
    expect(isDateLine('2024年1月5日        ')).toBe(true);
    expect(isDateLine('到2024年1月5日完成')).toBe(false);
  });
});
