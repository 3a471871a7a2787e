import type { Goal, OutlineEntry } from './plan-document.schema';
import { subtreeEnd, type LineRegion } from './build-outline';
import { extractTargets, type TargetContext } from './extract-targets';
import { matchHeading } from './heading';

/**
 * The quantified overall goals (总体目标). They sit under a heading named 总体目标, or else
 * directly under the top-level 目标 part (minus its annual table). The plan's horizon
 * (`defaultYear`, the table's last year) is their due year until the text names another one:
 * Helan's second theme ("全社会研究与试验发展经费投入强度达到1.45%") states no year but is a 2025 goal.
 */
export function extractGoals(
  lines: readonly string[],
  outline: readonly OutlineEntry[],
  tables: readonly LineRegion[],
  defaultYear: number | null,
): Omit<Goal, 'ownerTasks'>[] {
  const region = goalsRegion(outline);
  if (region === null) return [];
  const context: TargetContext = { year: defaultYear };
  const goals: Omit<Goal, 'ownerTasks'>[] = [];
  let theme: string | null = null;
  const skipped = [...tables, ...region.excluded];
  for (let line = region.start; line <= region.end; line += 1) {
    if (skipped.some((r) => line >= r.start && line <= r.end)) continue;
    const text = lines[line - 1] ?? '';
    const heading = matchHeading(text);
    if (heading?.style === 'dash') theme = outline.find((e) => e.line === line)?.text ?? null;
    for (const target of extractTargets(heading?.rest ?? text, line, context)) goals.push({ ...target, theme });
  }
  return goals;
}

interface GoalsRegion extends LineRegion {
  excluded: LineRegion[];
}

function goalsRegion(outline: readonly OutlineEntry[]): GoalsRegion | null {
  const overall = outline.findIndex((e) => /总体目标/.test(e.text));
  if (overall >= 0) {
    const entry = outline[overall];
    return entry === undefined ? null : { start: entry.line, end: subtreeEnd(outline, overall), excluded: [] };
  }
  const part = outline.findIndex((e) => e.level === 1 && /目标/.test(e.text));
  const entry = outline[part];
  if (entry === undefined) return null;
  const end = subtreeEnd(outline, part);
  // Inside the 目标 part, an 年度目标/指标 subsection is the table's, not the overall goals'.
  const excluded = outline
    .map((e, k) => ({ e, k }))
    .filter(({ e }) => e.line > entry.line && e.line <= end && /年度|指标/.test(e.text))
    .map(({ e, k }) => ({ start: e.line, end: subtreeEnd(outline, k) }));
  return { start: entry.line, end, excluded };
}
