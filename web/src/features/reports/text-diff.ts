/** One paragraph of a comparison: kept, added in the newer text, or removed from the older one. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** A report text's paragraphs: its non-blank lines, without trailing spaces. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

/**
 * Compares two texts paragraph by paragraph (longest common subsequence): what the unit changed
 * between two submissions. A changed paragraph shows as removed, then added.
 *
 * @example diffParagraphs('甲\n乙', '甲\n丙') // [same 甲, removed 乙, added 丙]
 */
export function diffParagraphs(before: string, after: string): DiffPart[] {
  const a = paragraphsOf(before);
  const b = paragraphsOf(after);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ op: 'same', text: a[i]! });
      i += 1;
      j += 1;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      parts.push({ op: 'removed', text: a[i]! });
      i += 1;
    } else {
      parts.push({ op: 'added', text: b[j]! });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) parts.push({ op: 'removed', text: a[i]! });
  for (; j < b.length; j += 1) parts.push({ op: 'added', text: b[j]! });
  return parts;
}

/** True when the comparison found any change. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.op !== 'same');
}
