/**
 * Width in characters of the body's size: a Chinese character takes one, an Arabic digit or a
 * Latin letter half (they are set half-width).
 */
export const widthInChars = (text: string): number => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A title too long for one line, broken where GB/T 9704 §7.3.1 asks: 回行时词意完整、排列对称 —
 * at a word boundary (ICU's Chinese dictionary), never before a one-character word (型, 县, 的,
 * 年 belong to the word before), as near the middle as possible. `perLine` is how many of the
 * title's characters fit on a line (20 of 2号 on the 156 mm text block).
 */
export function titleLines(title: string, perLine: number): string[] {
  const total = widthInChars(title);
  if (total <= perLine) return [title];
  const words = [...segmenter.segment(title)].map((s) => s.segment);
  let best: { at: number; score: number } | null = null;
  let width = 0;
  let at = 0;
  for (let i = 0; i < words.length - 1; i += 1) {
    width += widthInChars(words[i]!);
    at += words[i]!.length;
    const next = words[i + 1]!;
    if (widthInChars(next) < 1.5 && /\p{Script=Han}/u.test(next)) continue;
    if (width > perLine || total - width > perLine) continue;
    const score = Math.abs(total / 2 - width);
    if (!best || score < best.score) best = { at, score };
  }
  // No balanced break fits (a very long title): the reader's Word wraps it.
  return best ? [title.slice(0, best.at), title.slice(best.at)] : [title];
}
