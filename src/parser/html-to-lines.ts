import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';

/**
 * Reads the text of an HTML page (a saved disclosure page, or mammoth's rendering of a .docx)
 * as lines, the form every later step reads. Each block element starts a line; each row of a
 * data table becomes one line with its cells joined by tabs, so the indicator table keeps its
 * columns. Gov sites often wrap the whole page in layout tables: a table that holds another
 * table, or has only one cell per row, is read as plain blocks instead.
 */
export function htmlToLines(html: string): string[] {
  const $ = load(html);
  const root = $.root()[0];
  if (root === undefined) return [];
  const builder = new LineBuilder();
  walk(root, builder, tablesHoldingTables(root));
  return builder.finish();
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'svg', 'object', 'select', 'button']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

class LineBuilder {
  private readonly lines: string[] = [];
  private current = '';

  append(text: string): void {
    this.current += text;
  }

  lineBreak(): void {
    // Tabs separate table cells: an empty cell must keep its tab, so only spaces collapse.
    const line = this.current.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
    if (line.trim() !== '') this.lines.push(line);
    this.current = '';
  }

  finish(): string[] {
    this.lineBreak();
    return this.lines;
  }
}

type Step = { node: AnyNode } | { lineBreak: true };

/** Depth-first over the DOM with an explicit stack: a deeply nested page must not overflow the call stack. */
function walk(start: AnyNode, out: LineBuilder, layoutTables: ReadonlySet<AnyNode>): void {
  const stack: Step[] = [{ node: start }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('lineBreak' in step) {
      out.lineBreak();
      continue;
    }
    const node = step.node;
    if (node.type === 'text') {
      out.append(node.data.replace(/\s+/g, ' '));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const element = node as Element;
    const tag = element.type === 'tag' ? element.name.toLowerCase() : 'root';
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      out.lineBreak();
      continue;
    }
    if (tag === 'table' && !layoutTables.has(element) && rowsOf(element).some((row) => cellsOf(row).length > 1)) {
      writeTable(element, out);
      continue;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) {
      out.lineBreak();
      stack.push({ lineBreak: true });
    }
    for (let i = element.children.length - 1; i >= 0; i -= 1) {
      const child = element.children[i];
      if (child !== undefined) stack.push({ node: child });
    }
  }
}

const isTag = (node: AnyNode, name: string): node is Element => node.type === 'tag' && node.name.toLowerCase() === name;

/** A table's rows in document order: its own <tr>s and those of its <thead>, <tbody> and <tfoot>. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'tag') continue;
    const name = child.name.toLowerCase();
    if (name === 'tr') rows.push(child);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
      for (const row of child.children) if (isTag(row, 'tr')) rows.push(row);
    }
  }
  return rows;
}

const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => isTag(c, 'td') || isTag(c, 'th'));

/**
 * The tables that hold another table: layout tables, read as blocks. One bottom-up pass over
 * the DOM, so deeply nested layout tables cost linear time.
 */
function tablesHoldingTables(root: AnyNode): Set<AnyNode> {
  const order: AnyNode[] = [];
  const pending: AnyNode[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    order.push(node);
    if ('children' in node) for (const child of node.children) pending.push(child);
  }
  const holdsTable = new Set<AnyNode>();
  const layout = new Set<AnyNode>();
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const node = order[i];
    if (node === undefined || !('children' in node)) continue;
    const inside = node.children.some((c) => isTag(c, 'table') || holdsTable.has(c));
    if (inside) holdsTable.add(node);
    if (inside && isTag(node, 'table')) layout.add(node);
  }
  return layout;
}

function writeTable(table: Element, out: LineBuilder): void {
  out.lineBreak();
  for (const row of rowsOf(table)) {
    const cells = cellsOf(row).map((cell) => {
      const inner = new LineBuilder();
      walk(cell, inner, new Set());
      return inner.finish().join(' ').replace(/\t/g, ' ');
    });
    out.append(cells.join('\t'));
    out.lineBreak();
  }
}
