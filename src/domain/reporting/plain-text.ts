/**
 * Report text is plain text with paragraphs. Whatever else arrives (pasted HTML from Word, control
 * characters, runs of blank lines) is reduced to that, so it can never render as markup and
 * prints cleanly in a 通报. Length is checked by the caller after cleaning, never cut silently.
 */
export const REPORT_TEXT_MAX_LENGTH = 20_000;

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function toPlainText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6])\s*\/?>/gi, '\n')
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    // Control characters are exactly what this strips.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
