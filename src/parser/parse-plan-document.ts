import type { Source } from './plan-document.schema';
import { decodeBytes } from './decode-bytes';
import { docxToLines } from './docx-to-lines';
import { htmlToLines } from './html-to-lines';
import { parsePlanLines, parsePlanText } from './parse-plan-text';
import { noPlanStructure, type ParseResult } from './parse-result';

export interface DocumentOptions {
  fileName?: string;
  mediaType?: string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Parses a plan from a file's bytes: plain text (UTF-8, UTF-8 with BOM, GB18030/GBK), a saved
 * HTML disclosure page, or a .docx. The format comes from the bytes first (a .docx is a zip),
 * then the media type and file name. Never throws: unreadable input is a `no_plan_structure` result.
 *
 * @example
 * const result = await parsePlanDocument(await readFile('plan.docx'), { fileName: 'plan.docx' });
 */
export async function parsePlanDocument(bytes: Uint8Array, options: DocumentOptions = {}): Promise<ParseResult> {
  const fileName = options.fileName ?? null;
  try {
    if (bytes.length === 0) return noPlanStructure('the file is empty', '文件为空');
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return await parseDocx(bytes, fileName);
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      return noPlanStructure('legacy .doc/.xls files are not read; save the file as .docx', '不支持旧版.doc/.xls文件,请另存为.docx后上传');
    }
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
      return noPlanStructure('PDF files are not read; upload the .docx or the web page', '不支持PDF文件,请上传.docx或网页文件');
    }
    const decoded = decodeBytes(bytes);
    if (decoded.isBinary) return noPlanStructure('the file is binary, not text', '文件不是文本文件');
    const source = { fileName, encoding: decoded.encoding };
    if (isHtml(decoded.text, options)) return parsePlanLines(htmlToLines(decoded.text), { ...source, format: 'html' });
    return parsePlanText(decoded.text, { ...source, format: 'text' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal_error', message, messageZh: `解析程序出错:${message}`, lookedFor: [], lookedForZh: [] } };
  }
}

async function parseDocx(bytes: Uint8Array, fileName: string | null): Promise<ParseResult> {
  let lines: string[];
  try {
    lines = await docxToLines(bytes);
  } catch {
    return noPlanStructure('the file is a zip archive but not a readable .docx', '文件不是可读取的.docx文档');
  }
  const source: { fileName: string | null; format: Source['format']; encoding: string | null } = { fileName, format: 'docx', encoding: null };
  return parsePlanLines(lines, source);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function isHtml(text: string, options: DocumentOptions): boolean {
  if (options.mediaType !== undefined && /html/i.test(options.mediaType)) return true;
  if (options.fileName !== undefined && /\.(x?html?|shtml)$/i.test(options.fileName)) return true;
  if (options.mediaType === DOCX_TYPE) return false;
  return /^\s*(<!doctype\s+html|<html|<head|<body|<meta|<table|<div|<p[\s>])/i.test(text.slice(0, 2048));
}
