import type { Metadata, PlanDocument, Source } from './plan-document.schema';
import { PLAN_FORMAT_VERSION } from './plan-document.schema';
import { buildOutline } from './build-outline';
import { checkPlan } from './check-plan';
import { extractGoals } from './extract-goals';
import { extractMetadata } from './extract-metadata';
import { extractRules } from './extract-rules';
import { extractSections } from './extract-tasks';
import { readIndicatorTables } from './indicator-table';
import { indexOwners } from './link-owners';
import { normalizeText, splitLines } from './normalize-text';
import { noPlanStructure, type ParseResult } from './parse-result';
import { collectUnitMentions } from './unit-mentions';
import { buildUnitRegistry, findUnit } from './unit-registry';

export interface TextSource {
  fileName?: string | null;
  format?: Source['format'];
  encoding?: string | null;
}

/**
 * Parses a plan from its text: plain text as the disclosure page shows it, in any mix of
 * full-width and half-width punctuation. Synchronous and pure; never throws.
 *
 * @example
 * const result = parsePlanText(text);
 * if (result.ok) console.log(result.plan.sections.length); // 7 for Helan
 */
export function parsePlanText(text: string, source: TextSource = {}): ParseResult {
  return parsePlanLines(splitLines(normalizeText(text)), source);
}

/** Parses lines already extracted (from HTML or .docx); each is normalised here. */
export function parsePlanLines(rawLines: readonly string[], source: TextSource = {}): ParseResult {
  try {
    return readPlan(rawLines.map((line) => normalizeText(line).replace(/\s+$/, '')), source);
  } catch (error) {
    // A bug must not crash an upload: report it as a result, which the fuzz test treats as a failure.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal_error', message, messageZh: `解析程序出错:${message}`, lookedFor: [], lookedForZh: [] } };
  }
}

function readPlan(lines: string[], source: TextSource): ParseResult {
  const tables = readIndicatorTables(lines);
  const outline = buildOutline(lines, tables.regions);
  const read = extractMetadata(lines, (outline[0]?.line ?? 0) - 1);
  const period = planPeriod(tables.years, lines);
  const sections = extractSections(lines, outline);
  const rawGoals = extractGoals(lines, outline, tables.regions, period?.endYear ?? null);
  if (sections.length === 0 && tables.indicators.length === 0 && rawGoals.length === 0) {
    return lines.every((l) => l.trim() === '')
      ? noPlanStructure('the document is empty', '文件为空')
      : noPlanStructure('no tasks, indicator table or quantified goals were found', '未找到任务、年度指标表或量化目标');
  }
  const metadata: Metadata = { ...read.metadata, period };
  const rules = extractRules(lines, read.bodyStart);
  const place = /^(.{2,6}?[县市区旗])/.exec(metadata.title ?? '')?.[1] ?? null;
  const units = buildUnitRegistry(collectUnitMentions(metadata, read.lines, sections, rules), place);
  if (rules.office?.hostUnitAsWritten) {
    rules.office.hostUnit = findUnit(units, rules.office.hostUnitAsWritten, place)?.name ?? rules.office.hostUnitAsWritten;
  }
  const owners = indexOwners(sections);
  const goals = rawGoals.map((goal) => ({ ...goal, ownerTasks: owners.ownersOf(goal.metric) }));
  const indicators = tables.indicators.map((indicator) => ({ ...indicator, ownerTasks: owners.ownersOf(indicator.name) }));
  const plan: PlanDocument = {
    formatVersion: PLAN_FORMAT_VERSION,
    source: { fileName: source.fileName ?? null, format: source.format ?? 'text', encoding: source.encoding ?? null, lineCount: lines.length },
    metadata,
    outline,
    goals,
    indicators,
    sections,
    rules,
    units,
    findings: [],
  };
  plan.findings = [...tables.findings, ...checkPlan(plan)];
  return { ok: true, plan };
}

/** The years the plan covers: its table's columns, else a caption such as (2023年—2025年). */
function planPeriod(years: readonly number[], lines: readonly string[]): Metadata['period'] {
  if (years.length > 0) return { startYear: Math.min(...years), endYear: Math.max(...years) };
  for (const line of lines.slice(0, 400)) {
    const match = /((?:19|20)\d{2})\s*年?\s*[—–\-~至到]\s*((?:19|20)\d{2})\s*年/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined && Number(match[2]) >= Number(match[1])) {
      return { startYear: Number(match[1]), endYear: Number(match[2]) };
    }
  }
  return null;
}
