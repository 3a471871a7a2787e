/**
 * The file name from a Content-Disposition header. The server sends both an ASCII `filename`
 * (Chinese replaced by `_`) and the real name as RFC 6266 `filename*=UTF-8''…`: prefer the latter.
 * Path separators are removed, so a name can never point outside the downloads folder.
 *
 * @example fileNameFromDisposition(`attachment; filename="_.xlsx"; filename*=UTF-8''%E5%8D%95%E4%BD%8D.xlsx`, 'x.xlsx') // '单位.xlsx'
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header)?.[1] ?? /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  const name = (extended !== undefined ? decodeOrUndefined(extended.trim()) : undefined) ?? plain;
  const safe = name?.replace(/[\\/]/g, '_').trim();
  return safe ? safe : fallback;
}

function decodeOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
