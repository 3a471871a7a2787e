import type { HeadingStyle, OutlineEntry } from './plan-document.schema';
import { headingTitle, matchHeading } from './heading';

export interface LineRegion {
  start: number;
  end: number;
}

const inRegion = (line: number, regions: readonly LineRegion[]) => regions.some((r) => line >= r.start && line <= r.end);

/**
 * Every heading of the document in order. A heading's level is its depth in this document,
 * not a fixed rank per style: Helan puts "1.总体目标" straight under "二、主要目标" (level 2) and
 * "1.实施…工程" under "(一)…" (level 3). A style seen before closes the levels opened after it.
 * Lines inside a table (`skip`) are never headings.
 */
export function buildOutline(lines: readonly string[], skip: readonly LineRegion[] = []): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const stack: HeadingStyle[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    if (inRegion(line, skip)) return;
    const heading = matchHeading(text);
    if (heading === null) return;
    const open = stack.indexOf(heading.style);
    if (open >= 0) stack.length = open + 1;
    else stack.push(heading.style);
    entries.push({
      level: stack.length,
      style: heading.style,
      number: heading.number,
      ordinal: heading.ordinal,
      text: headingTitle(heading.rest),
      line,
      endLine: line,
    });
  });
  entries.forEach((entry, k) => {
    const next = entries[k + 1]?.line ?? lines.length + 1;
    entry.endLine = lastContentLine(lines, entry.line, next - 1);
  });
  return entries;
}

function lastContentLine(lines: readonly string[], from: number, to: number): number {
  for (let line = to; line > from; line -= 1) if ((lines[line - 1] ?? '').trim() !== '') return line;
  return from;
}

/** The last line of a heading's whole subtree: up to the next heading at its level or above. */
export function subtreeEnd(outline: readonly OutlineEntry[], index: number): number {
  const entry = outline[index];
  if (entry === undefined) return 0;
  let end = entry.endLine;
  for (let k = index + 1; k < outline.length; k += 1) {
    const next = outline[k];
    if (next === undefined || next.level <= entry.level) break;
    end = next.endLine;
  }
  return end;
}
