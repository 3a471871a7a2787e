import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text formats worth compressing; images and fonts of the web app are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|map|wasm)$/;
/** Below this a compressed copy saves less than a network packet. */
export const MIN_PRECOMPRESS_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli at its best quality: build time is cheap, every download is not) and
 * `<file>.gz` (gzip level 9) beside a built file, each only when it is smaller than the file.
 * The server sends them as they are (@fastify/static `preCompressed`), so no request compresses.
 * Returns the paths written.
 */
export async function precompressFile(file: string): Promise<string[]> {
  if (!COMPRESSIBLE.test(file)) return [];
  const bytes = await fs.readFile(file);
  if (bytes.length < MIN_PRECOMPRESS_BYTES) return [];
  const variants = await Promise.all([
    brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).then((packed) => ({ file: `${file}.br`, packed })),
    gzip(bytes, { level: 9 }).then((packed) => ({ file: `${file}.gz`, packed })),
  ]);
  const smaller = variants.filter((v) => v.packed.length < bytes.length);
  await Promise.all(smaller.map((v) => fs.writeFile(v.file, v.packed)));
  return smaller.map((v) => v.file);
}

/** Precompresses every file under `dir` (recursively), one file at a time; returns the paths written. */
export async function precompressDir(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  const written: string[] = [];
  for (const entry of entries.filter((e) => e.isFile())) written.push(...(await precompressFile(path.join(entry.parentPath, entry.name))));
  return written;
}

/** Vite plugin: once the build is written (public/ files included), precompress all of it. */
export function precompress(): Plugin {
  return {
    name: 'luoshi:precompress',
    apply: 'build',
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options) {
        if (options.dir) await precompressDir(options.dir);
      },
    },
  };
}
