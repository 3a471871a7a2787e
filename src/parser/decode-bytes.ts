import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding used: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, or what chardet or a meta tag named. */
  encoding: string;
  /** True when the bytes look like a binary file (NUL or many control characters), not text. */
  isBinary: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a file's bytes into text. County documents arrive as UTF-8 (with or without BOM) or,
 * from older Windows machines, GBK/GB18030. A strict UTF-8 decode is exact: valid UTF-8 is
 * almost never a GBK text by accident. Only when it fails do we ask chardet, and only trust
 * it for encodings GB18030 cannot be confused with; GB18030 (a superset of GBK and GB2312)
 * is the default because it is what a Chinese office's non-UTF-8 file almost always is.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isBinary = looksBinary(buffer);
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8-bom', isBinary };
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le', isBinary: false };
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be', isBinary: false };
  }
  try {
    return { text: strictUtf8.decode(buffer), encoding: 'utf-8', isBinary };
  } catch {
    // Not UTF-8: fall through to the legacy encodings.
  }
  const declared = declaredCharset(buffer);
  if (declared !== null) return { text: iconv.decode(buffer, declared), encoding: declared, isBinary };
  const guessed = guessEncoding(buffer);
  return { text: iconv.decode(buffer, guessed), encoding: guessed, isBinary };
}

/** A saved web page names its charset in a meta tag; it beats any statistical guess. */
function declaredCharset(buffer: Buffer): string | null {
  const head = buffer.subarray(0, 4096).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const name = match?.[1]?.toLowerCase();
  if (name === undefined || name === 'utf-8' || name === 'utf8') return null;
  if (name === 'gb2312' || name === 'gbk') return 'gb18030';
  return iconv.encodingExists(name) ? name : null;
}

const TRUSTED_GUESSES = new Map([
  ['UTF-16LE', 'utf-16le'],
  ['UTF-16BE', 'utf-16be'],
  ['Big5', 'big5'],
]);

function guessEncoding(buffer: Buffer): string {
  const sample = buffer.subarray(0, 64 * 1024);
  const matches = chardet.analyse(sample);
  const [best] = matches;
  // chardet ranks GB18030 and Big5 close together on short texts; Big5 only when clearly ahead.
  if (best !== undefined && best.name !== 'GB18030') {
    const trusted = TRUSTED_GUESSES.get(best.name);
    const gb = matches.find((match) => match.name === 'GB18030');
    if (trusted !== undefined && (gb === undefined || best.confidence - gb.confidence >= 20)) return trusted;
  }
  return 'gb18030';
}

function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) control += 1;
  }
  return control / sample.length > 0.02;
}
