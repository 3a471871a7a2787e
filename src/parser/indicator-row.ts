import type { Finding, Indicator } from './plan-document.schema';
import { createFinding } from './finding';
import { indicatorDirection, parseIndicatorName } from './indicator-name';
import { isUnitOfMeasure } from './units-of-measure';

export type ParsedIndicator = Omit<Indicator, 'ownerTasks'>;

/** The cells of one table row, however the table was laid out. */
export interface RowCells {
  number: number;
  rawName: string;
  /** A separate 单位 column, when the table has one. */
  unitCell: string | null;
  /** One cell per year column, in the header's order; missing cells are absent. */
  valueCells: string[];
  attributeCell: string | null;
  line: number;
}

const ATTRIBUTE = /^(预期性|约束性)(指标)?$/;

export const isAttributeCell = (text: string): boolean => ATTRIBUTE.test(text.trim());

/** A target cell: 1.45, 30, ≥30, 30以上, 8.5%. Anything else (—, 待定) is unreadable: null. */
export function parseValueCell(text: string): number | null {
  const match = /^[≥≤><=约 ]*(-?\d+(?:\.\d+)?)\s*(?:%|‰|以上|以下|以内|左右)?$/.exec(text.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Builds an indicator from a row's cells and reports what could not be read. */
export function buildIndicator(cells: RowCells, years: readonly number[]): { indicator: ParsedIndicator; findings: Finding[] } {
  const parsed = parseIndicatorName(cells.rawName);
  const unitCell = cells.unitCell?.replace(/^\(|\)$/g, '').trim();
  const unit = parsed.unit ?? (unitCell !== undefined && unitCell !== '' && isUnitOfMeasure(unitCell) ? unitCell : null);
  const targets: Record<string, number> = {};
  const unreadYears: string[] = [];
  const unreadCells: string[] = [];
  years.forEach((year, index) => {
    const cell = cells.valueCells[index];
    const value = cell === undefined ? null : parseValueCell(cell);
    if (value === null) {
      unreadYears.push(String(year));
      unreadCells.push(cell === undefined || cell.trim() === '' ? '空' : cell.trim());
    } else {
      targets[String(year)] = value;
    }
  });
  const attributeText = cells.attributeCell?.trim() ?? '';
  const attribute = attributeText.startsWith('约束') ? 'binding' : attributeText.startsWith('预期') ? 'expected' : null;
  const indicator: ParsedIndicator = {
    number: cells.number,
    name: parsed.name,
    rawName: cells.rawName.trim(),
    unit,
    comparator: parsed.comparator,
    targets,
    attribute,
    direction: indicatorDirection(parsed.name, parsed.comparator),
    line: cells.line,
  };
  const findings: Finding[] = [];
  const params = { indicator: cells.number, name: parsed.name };
  if (unreadYears.length > 0) {
    findings.push(createFinding('indicator_cells_unparsed', { ...params, years: unreadYears.join('、'), cells: unreadCells.join('、') }, [cells.line]));
  }
  if (attribute === null) findings.push(createFinding('indicator_attribute_missing', params, [cells.line]));
  if (unit === null) findings.push(createFinding('indicator_unit_missing', params, [cells.line]));
  return { indicator, findings };
}
