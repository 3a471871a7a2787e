import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { matchHeading } from '../heading';

/**
 * Test support: rewrites the Helan fixture in the other forms a plan arrives in, so the golden
 * test can demand the same facts from each. The indicator table, flattened in the fixture to one
 * cell per line, becomes a real table (an HTML <table>, a Word table).
 */
export interface HelanParts {
  /** Lines before the table header. */
  before: string[];
  /** Header cells and rows of the indicator table. */
  header: string[];
  rows: string[][];
  /** Lines after the table. */
  after: string[];
}

/** Splits the fixture's lines around its flattened indicator table (the header line holds 指标 and the years). */
export function splitHelan(text: string): HelanParts {
  const lines = text.split('\n');
  const headerIndex = lines.findIndex((l) => /^序号\s+指标\d{12}指标属性/.test(l.trim()));
  const endIndex = lines.findIndex((l, i) => i > headerIndex && matchHeading(l)?.style === 'chinese');
  const cells = lines.slice(headerIndex + 1, endIndex).map((l) => l.trim()).filter((l) => l !== '');
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += 6) rows.push(cells.slice(i, i + 6));
  return {
    before: lines.slice(0, headerIndex),
    header: ['序号', '指标', '2023', '2024', '2025', '指标属性'],
    rows,
    after: lines.slice(endIndex),
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved disclosure page: navigation, a metadata table, paragraphs, and the indicators as a <table>. */
export function helanAsHtml(text: string): string {
  const parts = splitHelan(text);
  const paragraph = (line: string) => (line.trim() === '' ? '' : `<p>${escapeHtml(line.trim())}</p>`);
  const before = parts.before.map((line) => {
    if (line.startsWith('索引号')) {
      return '<table class="meta"><tr><td>索引号</td><td>11640122010103150T/2024-00010</td><td>文&nbsp;号</td><td>贺党办〔2024〕1号</td><td>发布日期</td><td>2024-01-08</td></tr>';
    }
    if (line.startsWith('发布机构')) {
      return '<tr><td>发布机构</td><td>中共贺兰县委办公室</td><td>公开时限</td><td>长期公开</td><td>所属分类</td><td>县委办文件</td></tr>';
    }
    if (line.startsWith('关 键 词')) return '<tr><td>关 键 词</td><td colspan="5">创新型县</td></tr></table>';
    return paragraph(line);
  });
  const cell = (tag: string, value: string) => `<${tag}>${escapeHtml(value)}</${tag}>`;
  const table = [
    '<table class="indicators"><thead><tr>',
    ...parts.header.map((h) => cell('th', h)),
    '</tr></thead><tbody>',
    ...parts.rows.map((row) => `<tr>${row.map((c) => cell('td', c)).join('')}</tr>`),
    '</tbody></table>',
  ].join('');
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>贺兰县人民政府</title>',
    '<script>var x = "一、不是标题";</script><style>p { margin: 0 }</style></head><body>',
    '<div class="nav"><a href="/">首页</a></div>',
    ...before,
    table,
    ...parts.after.map(paragraph),
    '</body></html>',
  ].join('\n');
}

/** A Word document: one paragraph per line, the indicators as a real Word table. */
export async function helanAsDocx(text: string): Promise<Uint8Array> {
  const parts = splitHelan(text);
  const paragraphs = (lines: string[]) => lines.filter((l) => l.trim() !== '').map((l) => new Paragraph({ text: l.trim() }));
  const row = (cells: string[]) =>
    new TableRow({
      children: cells.map((c) => new TableCell({ children: [new Paragraph({ text: c })], width: { size: 1500, type: WidthType.DXA } })),
    });
  const table = new Table({ rows: [row(parts.header), ...parts.rows.map(row)] });
  const document = new Document({ sections: [{ children: [...paragraphs(parts.before), table, ...paragraphs(parts.after)] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The same text in full-width punctuation, with 〔〕 written as [ ] as some offices type it. */
export function helanFullWidth(text: string): string {
  const map: Record<string, string> = { '(': '（', ')': '）', ':': '：', ';': '；', ',': '，' };
  return text.replace(/[():;,]/g, (c) => map[c] ?? c).replace('〔2024〕', '[2024]');
}
