import type { HeadingStyle } from './plan-document.schema';
import { parseChineseNumeral } from './chinese-numeral';

export interface HeadingMatch {
  style: HeadingStyle;
  number: string | null;
  ordinal: number | null;
  /** Everything after the heading mark. */
  rest: string;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CHINESE_MARK = new RegExp(`^(${CN})\\s*[、.]\\s*(\\S.*)$`);
const PAREN_CHINESE_MARK = new RegExp(`^\\((${CN})\\)\\s*(\\S.*)$`);

/**
 * The GB/T 9704-2012 heading marks (一、 / (一) / 1. / (1)), plus ① and the dash-led theme
 * paragraphs (——…) that plans use under their goals. Reads canonical text (normalize-text.ts).
 * "1.2" is a number, not heading 1: an arabic mark must not be followed by a digit.
 */
export function matchHeading(line: string): HeadingMatch | null {
  const text = line.trim();
  let m = CHINESE_MARK.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined) return chinese('chinese', m[1], m[2]);
  m = PAREN_CHINESE_MARK.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined) return chinese('paren_chinese', m[1], m[2]);
  m = /^(\d{1,3})\s*[.、](?!\d)\s*(\S.*)$/.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined) return arabic('arabic', m[1], m[2]);
  m = /^\((\d{1,3})\)\s*(\S.*)$/.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined) return arabic('paren_arabic', m[1], m[2]);
  const circled = text.length > 1 ? CIRCLED.indexOf(text.charAt(0)) : -1;
  if (circled >= 0 && text.slice(1).trim() !== '') {
    return { style: 'circled', number: text.charAt(0), ordinal: circled + 1, rest: text.slice(1).trim() };
  }
  m = /^[—–]{2,}\s*(\S.*)$/.exec(text);
  if (m?.[1] !== undefined) return { style: 'dash', number: null, ordinal: null, rest: m[1] };
  return null;
}

function chinese(style: HeadingStyle, numeral: string, rest: string): HeadingMatch | null {
  const ordinal = parseChineseNumeral(numeral);
  return ordinal === null ? null : { style, number: numeral, ordinal, rest };
}

function arabic(style: HeadingStyle, digits: string, rest: string): HeadingMatch | null {
  // A line such as "3.5%" or "2.」" is a value, not a heading: a heading's text starts with a word.
  if (!/^[\p{Script=Han}A-Za-z“"《(【]/u.test(rest)) return null;
  return { style, number: String(Number(digits)), ordinal: Number(digits), rest };
}

/**
 * A heading's own title: the text up to the first full stop (1.实施创新力量厚植工程。完善… →
 * 实施创新力量厚植工程). A heading line without a full stop is all title.
 */
export function headingTitle(rest: string): string {
  const stop = rest.search(/[。!?]/);
  return (stop >= 0 ? rest.slice(0, stop) : rest).trim();
}
