const OPENERS = '([【〔《“';
const CLOSERS = ')]】〕》”';

/**
 * Splits a list at separators that stand outside brackets: "组织部(人才办)、各乡镇(场)" and
 * "…单位党委(党组、党工委、总支部、支部)" keep their bracketed parts whole. Parts are trimmed.
 */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (OPENERS.includes(char)) depth += 1;
    else if (CLOSERS.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separator.test(char)) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current.trim());
  return parts;
}
