import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * What is compressed on the fly: text (JSON, HTML, CSV, XML, ...), never `text/event-stream`
 * (each event must reach the client as it is written). Unlike the plugin's default this leaves
 * out `application/octet-stream`; beyond it mime-db decides, and it calls .xlsx, .docx, PDF,
 * PNG and JPEG not compressible: they are zip or compressed formats already.
 */
export const COMPRESSIBLE_TYPES = /^text\/(?!event-stream)|[+/](?:json|text|xml)(?:;|$)/;

/**
 * Compresses API responses on the fly (@fastify/compress): br or gzip as the client accepts,
 * from 1 kB up (smaller answers fit in a packet as they are). Brotli runs at quality 4: close
 * to gzip's cost, and smaller; 11, zlib's default, costs milliseconds per response, which is
 * for build time (web/precompress.ts). Attachments are judged by their type like any response.
 *
 * Only /api routes: the web app's files were compressed when it was built and are sent as
 * they are (web-app.ts), so no request pays for compressing them. Request bodies are never
 * decompressed: our clients do not compress uploads, and this takes no new input format.
 * Must be registered before any route it covers.
 */
export async function installCompression(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) route.compress ??= false;
  });
  await app.register(fastifyCompress, {
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE_TYPES,
    brotliOptions: {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
      },
    },
    zlibOptions: { level: 6 },
  });
}
