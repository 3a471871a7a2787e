import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { buildTestApp } from '../../test/http';
import { DomainError } from '../domain/errors';

describe('error handler', () => {
  let t: TestDatabase & { dispose(): Promise<void> };
  let app: FastifyInstance;
  const logged: unknown[] = [];
  beforeAll(async () => {
    t = await createTestDatabase('pglite');
    app = await buildTestApp(t.store);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('answers an unknown API route with a coded JSON 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'No route for GET /api/nothing-here' } });
  });

  it('answers a body that fails its schema with 400 validation_failed naming the field', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'x' } });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.fields).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('answers malformed JSON with 400 validation_failed', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('hides the detail of a server fault from the client and logs it', async () => {
    const faulty = await buildTestApp(
      t.store,
      { logger: { level: 'error', stream: { write: (line: string) => void logged.push(JSON.parse(line)) } } },
      (a) =>
        a.get('/api/boom', async () => {
          throw new Error('secret connection string postgres://admin:pw@db');
        }),
    );
    const response = await faulty.inject({ method: 'GET', url: '/api/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('internal_error');
    expect(response.body).not.toContain('secret');
    expect(JSON.stringify(logged)).toContain('secret connection string');
    await faulty.close();
  });

  it('maps each domain error code to its status', async () => {
    const coded = await buildTestApp(t.store, {}, (a) =>
      a.get('/api/locked', async () => {
        throw new DomainError('account_locked', 'locked');
      }),
    );
    const response = await coded.inject({ method: 'GET', url: '/api/locked' });
    expect(response.statusCode).toBe(423);
    expect(response.json()).toEqual({ error: { code: 'account_locked', message: 'locked' } });
    await coded.close();
  });
});
