import { TextRun, type IRunOptions } from 'docx';
import { FONT, halfPoints } from './gbt9704-layout';

/** A run in a named face: eastAsia carries the Chinese face so the reader's Word uses it. */
export function run(text: string, face: string, pt: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, size: halfPoints(pt), font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: face, hint: 'eastAsia' }, ...extra });
}
