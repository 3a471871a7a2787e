import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { buildRegion, buildUser } from '../../test/factories';
import { buildTestApp, sessionCookieOf } from '../../test/http';
import { COMPRESSIBLE_TYPES } from './compression';
import { XLSX_MIME } from './downloads';

describeEachDatabase('API responses compressed on the fly', (get) => {
  let app: FastifyInstance;
  let cookie: string;
  let login: { login: string; password: string };
  const octets = Buffer.alloc(8 * 1024, 7);

  beforeAll(async () => {
    const { store } = get();
    // Test-only routes: raw bytes, the way a download of unknown type would go.
    app = await buildTestApp(store, { loginRateLimitPerMinute: 1000 }, (a) =>
      a.get('/api/test-octets', { schema: { hide: true } }, (_request, reply) => reply.type('application/octet-stream').send(octets)),
    );
    const region = await buildRegion(store, { name: '贺兰县' });
    await store.repos.org.insertUnits(
      region.id,
      Array.from({ length: 60 }, (_, i) => ({ name: `测试单位${String(i).padStart(2, '0')}`, kind: 'department' as const, aliases: [`别名${i}`] })),
    );
    const admin = await buildUser(store, { region_id: region.id, roles: ['admin'] });
    login = { login: admin.login, password: admin.password };
    cookie = sessionCookieOf(await app.inject({ method: 'POST', url: '/api/auth/login', payload: login }));
  });
  afterAll(() => app.close());

  const call = (url: string, acceptEncoding?: string) =>
    app.inject({ method: 'GET', url, headers: { cookie, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } });

  it('gzips a large JSON list for a client that accepts gzip; it decodes to the same JSON', async () => {
    const plain = await call('/api/units');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(4 * 1024);

    const packed = await call('/api/units', 'gzip');
    expect(packed.statusCode).toBe(200);
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers['vary']).toMatch(/accept-encoding/i);
    expect(packed.headers['content-type']).toMatch(/^application\/json/);
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(zlib.gunzipSync(packed.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('prefers brotli when the client accepts it, as browsers do', async () => {
    const plain = await call('/api/units');
    const packed = await call('/api/units', 'gzip, deflate, br, zstd');
    expect(packed.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(packed.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('keeps the security headers on a compressed answer', async () => {
    const packed = await call('/api/units', 'br');
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.headers['content-security-policy']).toContain("default-src 'self'");
    expect(packed.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends answers under 1 kB as they are', async () => {
    for (const url of ['/api/health', '/api/auth/me']) {
      const response = await call(url, 'br, gzip');
      expect(response.statusCode, url).toBe(200);
      expect(response.rawPayload.length, url).toBeLessThan(1024);
      expect(response.headers['content-encoding'], url).toBeUndefined();
      expect(response.json(), url).toBeTruthy();
    }
  });

  it('never compresses an .xlsx download again: it is a zip already', async () => {
    const response = await call('/api/units/export', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_MIME);
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.length).toBeGreaterThan(1024);
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('sends bytes of unknown type as they are', async () => {
    const response = await call('/api/test-octets', 'br, gzip');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.equals(octets)).toBe(true);
  });

  it('still sets the session cookie at sign-in and answers errors as coded JSON', async () => {
    const signIn = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-encoding': 'br, gzip' }, payload: login });
    expect(signIn.statusCode).toBe(200);
    expect(sessionCookieOf(signIn)).toMatch(/^luoshi_session=/);
    const missing = await call('/api/nothing-here', 'br, gzip');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const refused = await app.inject({ method: 'GET', url: '/api/units', headers: { 'accept-encoding': 'br, gzip' } });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBeTruthy();
  });

  it('takes text and JSON types, never event streams or raw bytes', () => {
    for (const type of ['application/json; charset=utf-8', 'text/html', 'text/csv', 'application/problem+json', 'image/svg+xml']) {
      expect(COMPRESSIBLE_TYPES.test(type), type).toBe(true);
    }
    for (const type of ['text/event-stream', 'application/octet-stream', XLSX_MIME, 'image/png', 'application/pdf']) {
      expect(COMPRESSIBLE_TYPES.test(type), type).toBe(false);
    }
  });
});
