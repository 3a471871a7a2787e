/**
 * 发文字号: 机关代字〔年份〕序号号, e.g. 贺创新办〔2025〕3号 (GB/T 9704-2012 §7.2.4): the year in
 * hexagonal brackets 〔〕, the sequence without leading zeros and without 第.
 */
export function formatDocumentNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}〔${year}〕${sequence}号`;
}

/** A prefix the office may set: 2 to 20 characters, none of the characters the number adds. */
export function checkNumberPrefix(prefix: string): string | null {
  const trimmed = prefix.trim();
  if (trimmed.length < 2 || trimmed.length > 20) return '机关代字应为2至20个字符';
  if (/[〔〕[\]()（）\d\s号]/.test(trimmed)) return '机关代字不能含括号、数字、空格或“号”';
  return null;
}
