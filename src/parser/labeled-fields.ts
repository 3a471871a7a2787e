/**
 * The labelled fields of a government disclosure page (政府信息公开): 索引号, 文号, 发布日期, …
 * Pages lay them out as a table, so after reading they stand on one or a few lines, label then
 * value, and labels may be spaced out to align columns (文 号, 关 键 词).
 */
export type LabeledField = 'indexNumber' | 'documentNumber' | 'publishDate' | 'publisher' | 'disclosure' | 'category' | 'keywords' | 'signDate';

const LABELS: [LabeledField, string[]][] = [
  ['indexNumber', ['索引号']],
  ['documentNumber', ['发文字号', '文号']],
  ['publishDate', ['发布日期', '公开日期', '发文日期']],
  ['signDate', ['成文日期']],
  ['publisher', ['发布机构', '发文机关', '发布单位']],
  ['disclosure', ['公开时限', '公开方式', '公开属性']],
  ['category', ['所属分类', '主题分类', '信息分类']],
  ['keywords', ['关键词', '主题词']],
];

const spaced = (label: string) => [...label].join('\\s*');
const FIELD_BY_LABEL = new Map<string, LabeledField>(LABELS.flatMap(([field, labels]) => labels.map((label) => [label, field] as const)));
const LABEL_PATTERN = new RegExp(
  `(?:^|(?<=[\\s|]))(${LABELS.flatMap(([, labels]) => labels)
    .sort((a, b) => b.length - a.length)
    .map(spaced)
    .join('|')})\\s*:?\\s*`,
  'g',
);

/** Reads label/value pairs from lines; the first value for each field wins. */
export function readLabeledFields(lines: readonly string[]): Partial<Record<LabeledField, { value: string; line: number }>> {
  const fields: Partial<Record<LabeledField, { value: string; line: number }>> = {};
  lines.forEach((text, index) => {
    const matches = [...text.matchAll(LABEL_PATTERN)];
    matches.forEach((match, k) => {
      const field = FIELD_BY_LABEL.get((match[1] ?? '').replace(/\s+/g, ''));
      const valueEnd = matches[k + 1]?.index ?? text.length;
      const value = text.slice(match.index + match[0].length, valueEnd).replace(/[|\t]/g, ' ').trim();
      if (field !== undefined && value !== '' && fields[field] === undefined) fields[field] = { value, line: index + 1 };
    });
  });
  return fields;
}

/** 贺党办[2024]1号, 贺党办(2024)1号 → 贺党办〔2024〕1号: GB/T 9704-2012 §7.2.4 uses six-sided brackets. */
export function canonicalDocumentNumber(text: string): string | null {
  const match = /([\p{Script=Han}A-Za-z]{1,12})\s*[〔[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*第?\s*(\d{1,5})\s*号/u.exec(text);
  if (match === null) return null;
  return `${match[1]}〔${match[2]}〕${Number(match[3])}号`;
}
