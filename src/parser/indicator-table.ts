import type { Finding } from './plan-document.schema';
import { matchHeading } from './heading';
import { readCellTable, readRowTable, splitCells } from './indicator-layouts';
import type { ParsedIndicator } from './indicator-row';

export interface IndicatorTable {
  indicators: ParsedIndicator[];
  findings: Finding[];
  years: number[];
  /** Lines the table occupies (1-based, inclusive), caption included: no heading is read there. */
  regions: { start: number; end: number }[];
}

export interface TableHeader {
  /** Index (0-based) of the first line after the header. */
  bodyStart: number;
  headerStart: number;
  years: number[];
  /** Column roles when the header is a row of separate cells; null for a run-together header. */
  columns: ColumnRole[] | null;
}

export type ColumnRole = 'number' | 'name' | 'unit' | 'attribute' | 'other' | { year: number };

const YEAR = /(?:19|20)\d{2}/g;
const yearsIn = (text: string): number[] => [...new Set((text.match(YEAR) ?? []).map(Number))];

/**
 * Finds the annual indicator tables (指标 × years × 指标属性) in any of the layouts plans come in:
 * one cell per line (Helan's flattened web page), one row per line with tabs or wide spaces,
 * or an HTML/.docx table that htmlToLines turned into tab-separated rows.
 */
export function readIndicatorTables(lines: readonly string[]): IndicatorTable {
  const result: IndicatorTable = { indicators: [], findings: [], years: [], regions: [] };
  let index = 0;
  while (index < lines.length) {
    const header = findHeader(lines, index);
    if (header === null) break;
    const firstBody = nextNonEmpty(lines, header.bodyStart);
    const firstCells = firstBody === null ? [] : splitCells(lines[firstBody] ?? '');
    const read = firstCells.length >= 3 ? readRowTable(lines, header) : readCellTable(lines, header);
    if (read.indicators.length > 0) {
      result.indicators.push(...read.indicators);
      result.findings.push(...read.findings);
      for (const year of header.years) if (!result.years.includes(year)) result.years.push(year);
      result.regions.push({ start: regionStart(lines, header.headerStart) + 1, end: read.lastIndex + 1 });
    }
    index = Math.max(read.lastIndex + 1, header.bodyStart);
  }
  result.years.sort((a, b) => a - b);
  return result;
}

function nextNonEmpty(lines: readonly string[], from: number): number | null {
  for (let i = from; i < lines.length; i += 1) if ((lines[i] ?? '').trim() !== '') return i;
  return null;
}

/** The table starts at its caption (…年度任务计划表(2023年—2025年)) when one sits just above the header. */
function regionStart(lines: readonly string[], headerStart: number): number {
  for (let i = headerStart - 1; i >= 0 && i >= headerStart - 3; i -= 1) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    return /表/.test(text) && text.length <= 60 && matchHeading(text) === null ? i : headerStart;
  }
  return headerStart;
}

function findHeader(lines: readonly string[], from: number): TableHeader | null {
  for (let i = from; i < lines.length; i += 1) {
    const text = (lines[i] ?? '').trim();
    if (!/指标|序号|项目/.test(text) || text.length > 120) continue;
    const years = yearsIn(text);
    if (years.length >= 2 && /指标|序号/.test(text)) {
      const cells = splitCells(text);
      return { headerStart: i, bodyStart: i + 1, years, columns: cells.length >= 3 ? cells.map(columnRole) : null };
    }
    if (/^(序号|指标|指标名称)$/.test(text)) {
      const stacked = readStackedHeader(lines, i);
      if (stacked !== null) return stacked;
    }
  }
  return null;
}

/** A header whose cells stand one per line: 序号 / 指标 / 2023 / 2024 / 2025 / 指标属性. */
function readStackedHeader(lines: readonly string[], start: number): TableHeader | null {
  const years: number[] = [];
  let last = start;
  for (let i = start; i < Math.min(lines.length, start + 16); i += 1) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    const year = /^((?:19|20)\d{2})\s*(?:年|年度|年目标|年度目标)?$/.exec(text);
    if (year?.[1] !== undefined) years.push(Number(year[1]));
    else if (!/^(序号|指标|指标名称|单位|计量单位|指标属性|属性|备注)$/.test(text)) break;
    last = i;
  }
  return years.length >= 2 ? { headerStart: start, bodyStart: last + 1, years, columns: null } : null;
}

function columnRole(cell: string): ColumnRole {
  const years = yearsIn(cell);
  if (years.length === 1 && years[0] !== undefined) return { year: years[0] };
  if (/属性/.test(cell)) return 'attribute';
  if (/单位/.test(cell)) return 'unit';
  if (/序号/.test(cell)) return 'number';
  if (/指标|名称|项目|内容/.test(cell)) return 'name';
  return 'other';
}
