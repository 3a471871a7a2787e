import type { Finding } from './plan-document.schema';
import { matchHeading } from './heading';
import { buildIndicator, isAttributeCell, parseValueCell, type ParsedIndicator, type RowCells } from './indicator-row';
import type { TableHeader } from './indicator-table';
import { isUnitOfMeasure } from './units-of-measure';

export interface TableRead {
  indicators: ParsedIndicator[];
  findings: Finding[];
  /** Index (0-based) of the last line the table used. */
  lastIndex: number;
}

/** A row's cells: tab-separated (HTML, .docx, spreadsheets), |-separated, or spaced apart by 2+ spaces. */
export function splitCells(line: string): string[] {
  const text = line.trim();
  if (text.includes('\t')) return line.split('\t').map((c) => c.trim());
  if (/^\|.*\|$/.test(text)) return text.slice(1, -1).split('|').map((c) => c.trim());
  return text.split(/\s{2,}/).map((c) => c.trim());
}

const ROW_NUMBER = /^(\d{1,3})\s*[.、]?$/;

/**
 * Reads a table flattened to one cell per line (the Helan web page): number, name, one cell per
 * year, then the attribute. A row ends early at an attribute cell, so a missing year cell is
 * reported rather than taken from the next row.
 */
export function readCellTable(lines: readonly string[], header: TableHeader): TableRead {
  const tokens = lazyTokens(lines, header.bodyStart);
  const read: TableRead = { indicators: [], findings: [], lastIndex: header.bodyStart - 1 };
  let at = 0;
  let previous = 0;
  for (;;) {
    const numberToken = tokens(at);
    const nameToken = tokens(at + 1);
    const number = Number(ROW_NUMBER.exec(numberToken?.text ?? '')?.[1] ?? NaN);
    if (numberToken === undefined || nameToken === undefined || !(number > previous)) break;
    if (parseValueCell(nameToken.text) !== null || isAttributeCell(nameToken.text) || matchHeading(nameToken.text)) break;
    let rawName = nameToken.text;
    at += 2;
    // A name cell broken before its unit: 全社会研发投入强度 / (%)
    for (let t = tokens(at); t !== undefined && /^\([^()]{1,10}\)?$/.test(t.text); t = tokens(at)) {
      rawName += t.text;
      at += 1;
    }
    const valueCells: string[] = [];
    for (let t = tokens(at); t !== undefined && valueCells.length < header.years.length; t = tokens(at)) {
      if (isAttributeCell(t.text) || matchHeading(t.text) !== null) break;
      valueCells.push(t.text);
      at += 1;
    }
    const attributeToken = tokens(at);
    const attributeCell = attributeToken !== undefined && isAttributeCell(attributeToken.text) ? attributeToken.text : null;
    if (attributeCell !== null) at += 1;
    const row: RowCells = { number, rawName, unitCell: null, valueCells, attributeCell, line: numberToken.index + 1 };
    const built = buildIndicator(row, header.years);
    read.indicators.push(built.indicator);
    read.findings.push(...built.findings);
    read.lastIndex = tokens(at - 1)?.index ?? read.lastIndex;
    previous = number;
  }
  return read;
}

/** The non-empty lines from `start`, read only as far as they are asked for. */
function lazyTokens(lines: readonly string[], start: number): (n: number) => { text: string; index: number } | undefined {
  const tokens: { text: string; index: number }[] = [];
  let next = start;
  return (n) => {
    while (tokens.length <= n && next < lines.length) {
      const text = (lines[next] ?? '').trim();
      if (text !== '') tokens.push({ text, index: next });
      next += 1;
    }
    return tokens[n];
  };
}

/** Reads a table with one row per line, mapping columns by the header when it has separate cells. */
export function readRowTable(lines: readonly string[], header: TableHeader): TableRead {
  const read: TableRead = { indicators: [], findings: [], lastIndex: header.bodyStart - 1 };
  for (let i = header.bodyStart; i < lines.length; i += 1) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    const cells = splitCells(lines[i] ?? '');
    if (cells.length < 3) break;
    const row = header.columns !== null && header.columns.length === cells.length ? mapByHeader(cells, header) : mapByPosition(cells, header);
    if (row === null) break;
    const built = buildIndicator({ ...row, number: row.number ?? read.indicators.length + 1, line: i + 1 }, header.years);
    read.indicators.push(built.indicator);
    read.findings.push(...built.findings);
    read.lastIndex = i;
  }
  return read;
}

type MappedRow = Omit<RowCells, 'number' | 'line'> & { number: number | null };

function mapByHeader(cells: string[], header: TableHeader): MappedRow | null {
  const row: MappedRow = { number: null, rawName: '', unitCell: null, valueCells: [], attributeCell: null };
  const byYear = new Map<number, string>();
  header.columns?.forEach((role, index) => {
    const cell = cells[index] ?? '';
    if (typeof role === 'object') byYear.set(role.year, cell);
    else if (role === 'number') row.number = Number(ROW_NUMBER.exec(cell)?.[1] ?? NaN);
    else if (role === 'name') row.rawName = row.rawName === '' ? cell : row.rawName;
    else if (role === 'unit') row.unitCell = cell;
    else if (role === 'attribute') row.attributeCell = cell;
  });
  row.valueCells = header.years.map((year) => byYear.get(year) ?? '');
  if (row.number !== null && Number.isNaN(row.number)) row.number = null;
  return row.rawName === '' ? null : row;
}

function mapByPosition(cells: string[], header: TableHeader): MappedRow | null {
  let at = 0;
  const numberMatch = ROW_NUMBER.exec(cells[0] ?? '');
  const number = numberMatch?.[1] === undefined ? null : Number(numberMatch[1]);
  if (number !== null) at = 1;
  const rawName = cells[at] ?? '';
  if (rawName === '' || parseValueCell(rawName) !== null) return null;
  at += 1;
  let unitCell: string | null = null;
  const maybeUnit = cells[at] ?? '';
  if (parseValueCell(maybeUnit) === null && isUnitOfMeasure(maybeUnit.replace(/^\(|\)$/g, ''))) {
    unitCell = maybeUnit;
    at += 1;
  }
  const rest = cells.slice(at);
  const attributeCell = rest.find(isAttributeCell) ?? null;
  const valueCells = rest.filter((cell) => !isAttributeCell(cell)).slice(0, header.years.length);
  if (number === null && valueCells.every((cell) => parseValueCell(cell) === null)) return null;
  return { number, rawName, unitCell, valueCells, attributeCell };
}
