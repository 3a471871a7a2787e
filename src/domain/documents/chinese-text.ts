/** Small pieces of official Chinese writing: numerals, dates, periods, heading numbers. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (headings rarely pass 99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The number a heading starts with: 一、 / （一） / 1. (GB/T 9704 §7.3.3). */
export function headingNumber(level: 1 | 2 | 3, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(index)}、`;
    case 2:
      return `（${chineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
  }
}

/** 成文日期 in Arabic numerals without leading zeros: 2025-03-05 → 2025年3月5日 (GB/T 9704 §7.3.5.2). */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2024Q4 → 2024年第四季度, 2024H1 → 2024年上半年, 2024M03 → 2024年3月, 2024 → 2024年. */
export function periodLabel(key: string): string {
  const year = key.slice(0, 4);
  const rest = key.slice(4);
  if (rest.startsWith('Q')) return `${year}年第${chineseNumeral(Number(rest.slice(1)))}季度`;
  if (rest === 'H1') return `${year}年上半年`;
  if (rest === 'H2') return `${year}年下半年`;
  if (rest.startsWith('M')) return `${year}年${Number(rest.slice(1))}月`;
  return `${year}年`;
}

/** A rate as a clerk writes it: 0.875 → 87.5%, 1 → 100%; null → 无. */
export function percent(rate: number | null): string {
  if (rate === null) return '无';
  return `${Math.round(rate * 1000) / 10}%`;
}

/** Names joined with 、 (the enumeration comma). */
export const enumerate = (names: readonly string[]): string => names.join('、');
