const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Reads the small Chinese numerals that number headings (一 … 九十九, 一百 …): 十二 → 12,
 * 二十 → 20, 一百零五 → 105. Returns null for anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || text.length > 6) return null;
  let total = 0;
  let pending: number | null = null;
  for (const char of text) {
    const digit = DIGITS[char];
    if (digit !== undefined) {
      pending = digit;
    } else if (char === '十' || char === '百') {
      const scale = char === '十' ? 10 : 100;
      total += (pending ?? 1) * scale;
      pending = null;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}
