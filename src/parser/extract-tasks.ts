import type { HeadingStyle, OutlineEntry, Section, Task } from './plan-document.schema';
import { subtreeEnd } from './build-outline';
import { extractTargets, type TargetContext } from './extract-targets';
import { headingTitle, matchHeading } from './heading';
import { findUnitClause } from './unit-clause';

const TASK_PART = /任务|举措|重点工作|主要工作|工作内容|工作措施/;

/**
 * The plan's tasks, grouped in their sections. The tasks live under the top-level part named for
 * them (三、重点任务): its deepest numbered headings are the tasks (1.…22.), the headings between
 * are the sections ((一)…(七)). A plan without such a part still yields the numbered paragraphs
 * that carry a unit clause (牵头单位…), in one section without a number.
 */
export function extractSections(lines: readonly string[], outline: readonly OutlineEntry[]): Section[] {
  const partIndex = outline.findIndex((e) => e.level === 1 && TASK_PART.test(e.text));
  const part = outline[partIndex];
  const inPart = part === undefined ? [] : outline.slice(partIndex + 1, indexAfterSubtree(outline, partIndex));
  const clauseStyle = (entries: readonly OutlineEntry[]) =>
    mostCommon(entries.filter((e) => findUnitClause(blockText(lines, e)) !== null).map((e) => e.style));
  if (part !== undefined && inPart.length > 0) {
    const style = clauseStyle(inPart) ?? preferredTaskStyle(inPart);
    if (style !== null) return groupTasks(lines, inPart, style, part);
  }
  const style = clauseStyle(outline);
  if (style === null) return [];
  const tasks = outline.filter((e) => e.style === style && findUnitClause(blockText(lines, e)) !== null);
  return tasks.length === 0 ? [] : [{ number: null, ordinal: null, title: '', line: null, tasks: tasks.map((e) => readTask(lines, e)) }];
}

function indexAfterSubtree(outline: readonly OutlineEntry[], index: number): number {
  const level = outline[index]?.level ?? 0;
  let k = index + 1;
  while (k < outline.length && (outline[k]?.level ?? 0) > level) k += 1;
  return k;
}

function mostCommon(styles: HeadingStyle[]): HeadingStyle | null {
  const counts = new Map<HeadingStyle, number>();
  for (const style of styles) counts.set(style, (counts.get(style) ?? 0) + 1);
  let best: HeadingStyle | null = null;
  for (const [style, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = style;
  return best;
}

function preferredTaskStyle(entries: readonly OutlineEntry[]): HeadingStyle | null {
  for (const style of ['arabic', 'paren_chinese', 'paren_arabic'] as const) if (entries.some((e) => e.style === style)) return style;
  return null;
}

function groupTasks(lines: readonly string[], entries: readonly OutlineEntry[], style: HeadingStyle, part: OutlineEntry): Section[] {
  const taskLevel = Math.min(...entries.filter((e) => e.style === style).map((e) => e.level));
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const entry of entries) {
    if (entry.level < taskLevel) {
      current = { number: entry.number, ordinal: entry.ordinal, title: entry.text, line: entry.line, tasks: [] };
      sections.push(current);
    } else if (entry.level === taskLevel && entry.style === style) {
      if (current === null) {
        current = { number: null, ordinal: null, title: part.text, line: part.line, tasks: [] };
        sections.push(current);
      }
      const index = entries.indexOf(entry);
      current.tasks.push(readTask(lines, entry, subtreeEnd(entries, index)));
    }
  }
  return sections.filter((section) => section.tasks.length > 0);
}

/** A heading's own text and everything under it until the next heading (or `endLine`). */
function blockText(lines: readonly string[], entry: OutlineEntry, endLine = entry.endLine): string {
  const first = matchHeading(lines[entry.line - 1] ?? '')?.rest ?? '';
  const rest = lines.slice(entry.line, endLine).map((l) => l.trim()).filter((l) => l !== '');
  return [first, ...rest].join('\n');
}

function readTask(lines: readonly string[], entry: OutlineEntry, endLine = entry.endLine): Task {
  const block = blockText(lines, entry, endLine);
  const clause = findUnitClause(block);
  const withoutClause = clause === null ? block : block.slice(0, clause.start) + block.slice(clause.end);
  const title = headingTitle(withoutClause.split('\n')[0] ?? '');
  const text = withoutClause.slice(withoutClause.indexOf(title) + title.length).replace(/^[。!?]/, '').trim();
  const context: TargetContext = { year: null };
  const targets = lines
    .slice(entry.line - 1, endLine)
    .flatMap((line, k) => extractTargets(k === 0 ? (matchHeading(line)?.rest.slice(title.length) ?? line) : line, entry.line + k, context));
  return {
    number: entry.ordinal ?? 0,
    title,
    text,
    leadUnits: clause?.lead ?? [],
    responsibleUnits: clause?.responsible ?? [],
    cooperatingUnits: clause?.cooperating ?? [],
    unitClause: clause?.clause ?? null,
    targets,
    line: entry.line,
    endLine,
  };
}
