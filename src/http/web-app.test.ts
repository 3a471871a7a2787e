import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { buildTestApp } from '../../test/http';
import { precompressDir } from '../../web/precompress';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/*
 * A web root laid out as `npm run build` leaves dist/web, its .br and .gz written by the build's
 * own plugin: a hashed script, a script too small to compress, and an index.html. The web app
 * does not touch the database; buildApp needs a store all the same.
 */
describe('serving the built web app', () => {
  let t: TestDatabase & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let webRoot: string;
  const script = Buffer.from(`console.log(${JSON.stringify('落实'.repeat(50))});\n`.repeat(60));
  const tiny = Buffer.from('export const a = 1;\n');
  const indexHtml = Buffer.from(`<!doctype html><html lang="zh-CN"><head><title>落实</title>${'<link rel="modulepreload" href="/assets/app-abc123.js">'.repeat(30)}</head></html>`);

  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-web-'));
    fs.mkdirSync(path.join(webRoot, 'assets'));
    fs.writeFileSync(path.join(webRoot, 'assets/app-abc123.js'), script);
    fs.writeFileSync(path.join(webRoot, 'assets/tiny-abc123.js'), tiny);
    fs.writeFileSync(path.join(webRoot, 'index.html'), indexHtml);
    await precompressDir(webRoot);
    expect(fs.existsSync(path.join(webRoot, 'assets/app-abc123.js.br'))).toBe(true);
    t = await createTestDatabase('pglite');
    app = await buildTestApp(t.store, { webRoot });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string, extra: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...extra } });

  it('sends a hashed asset as built with brotli to a browser that accepts it, cached for a year', async () => {
    const response = await get('/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.rawPayload).toEqual(fs.readFileSync(path.join(webRoot, 'assets/app-abc123.js.br')));
    expect(zlib.brotliDecompressSync(response.rawPayload).equals(script)).toBe(true);
  });

  it('sends the gzip copy to a client that takes only gzip', async () => {
    const response = await get('/assets/app-abc123.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(zlib.gunzipSync(response.rawPayload).equals(script)).toBe(true);
  });

  it('sends the file itself to a client that accepts no encoding, still varying on it', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const response = await get('/assets/app-abc123.js', acceptEncoding);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['vary']).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe(IMMUTABLE);
      expect(response.rawPayload.equals(script)).toBe(true);
    }
  });

  it('answers a revalidation of the compressed copy with 304', async () => {
    const first = await get('/assets/app-abc123.js', 'br');
    const again = await get('/assets/app-abc123.js', 'br', { 'if-none-match': String(first.headers['etag']) });
    expect(again.statusCode).toBe(304);
  });

  it('compresses nothing per request: a file too small to have a copy goes as it is', async () => {
    const response = await get('/assets/tiny-abc123.js', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.equals(tiny)).toBe(true);
  });

  it('serves index.html for every client route, compressed or not, never cached', async () => {
    for (const url of ['/', '/cockpit/units/42', '/index.html']) {
      const packed = await get(url, 'br');
      expect(packed.statusCode, url).toBe(200);
      expect(packed.headers['content-encoding'], url).toBe('br');
      expect(packed.headers['content-type'], url).toMatch(/^text\/html/);
      expect(packed.headers['cache-control'], url).toBe('no-cache');
      expect(zlib.brotliDecompressSync(packed.rawPayload).equals(indexHtml), url).toBe(true);

      const plain = await get(url);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(plain.headers['cache-control'], url).toBe('no-cache');
      expect(plain.rawPayload.equals(indexHtml), url).toBe(true);
    }
  });

  it('keeps the security headers on compressed files', async () => {
    const response = await get('/assets/app-abc123.js', 'br');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
