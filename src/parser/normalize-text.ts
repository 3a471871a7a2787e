/**
 * The canonical text form every later step reads. Official documents mix full-width and
 * half-width punctuation freely (（）and (), ：and :); folding them once here lets every
 * pattern be written in one form. The fold maps one character to one character, so a
 * line keeps its number.
 *
 * Canonical form (docs/plan-format.md): full-width ASCII (U+FF01–FF5E: （）：；，．％０-９Ａ-Ｚ［］)
 * becomes half-width; every Unicode space becomes U+0020; small-form parentheses ﹙﹚ become ( ).
 * Kept as they are: 、 。 “” 《》 〔〕 【】 —— (they carry meaning of their own).
 */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom
    .replace(/\r\n?/g, '\n')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\ufe59/g, '(')
    .replace(/\ufe5a/g, ')');
}

/** Splits canonical text into lines; index i holds line i + 1. Trailing spaces are dropped. */
export function splitLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\s+$/, ''));
}
