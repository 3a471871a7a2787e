import { headingNumber } from './chinese-text';
import type { DocumentBlock, HeadingLevel } from './document-model';

/**
 * Builds a body and numbers its headings as GB/T 9704 §7.3.3 orders them: 一、 then （一） then
 * 1.; a heading restarts the numbering of the levels below it.
 */
export class BodyBuilder {
  readonly blocks: DocumentBlock[] = [];
  private readonly counters = [0, 0, 0];

  heading(level: HeadingLevel, text: string): this {
    this.counters[level - 1]! += 1;
    for (let below = level; below < 3; below += 1) this.counters[below] = 0;
    this.blocks.push({ type: 'heading', level, text: `${headingNumber(level, this.counters[level - 1]!)}${text}` });
    return this;
  }

  paragraph(text: string): this {
    if (text.trim() !== '') this.blocks.push({ type: 'paragraph', text });
    return this;
  }

  table(caption: string, columns: string[], rows: string[][]): this {
    if (rows.length > 0) this.blocks.push({ type: 'table', caption, columns, rows });
    return this;
  }
}
