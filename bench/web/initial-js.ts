import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser fetches before the first render: every `<script src>` and
 * `<link rel="modulepreload">` in index.html (lazy chunks are not named there). Local paths
 * only, in document order, without duplicates.
 */
export function initialScripts(indexHtml: string): string[] {
  const urls: string[] = [];
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (url && !/^(?:[a-z]+:)?\/\//i.test(url) && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

export interface InitialJs {
  files: Array<{ file: string; kb: number; gzipKb: number }>;
  kb: number;
  gzipKb: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Raw and gzip (level 9, as a precompressing server would send it) sizes of the initial JavaScript. */
export function measureInitialJs(webRoot: string): InitialJs {
  const html = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  const files = initialScripts(html).map((url) => {
    const bytes = fs.readFileSync(path.join(webRoot, url.replace(/^\//, '').split(/[?#]/)[0]!));
    return { file: url, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files: files.map((f) => ({ file: f.file, kb: kb(f.bytes), gzipKb: kb(f.gzipBytes) })),
    kb: kb(files.reduce((sum, f) => sum + f.bytes, 0)),
    gzipKb: kb(files.reduce((sum, f) => sum + f.gzipBytes, 0)),
  };
}
