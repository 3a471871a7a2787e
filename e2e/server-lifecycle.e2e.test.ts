import { describe, expect, it } from 'vitest';
import { startServer } from './server';

describe('server lifecycle', () => {
  it('shuts down on SIGTERM after finishing the request in flight, and restarts on the same data', async () => {
    const first = await startServer();
    // Sign-ins take tens of milliseconds (scrypt): several are still in flight when SIGTERM
    // arrives, and each must get its answer rather than a dropped connection.
    const inFlight = Array.from({ length: 8 }, () =>
      fetch(first.url + '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'nobody', password: 'not-the-password' }),
      }).then(
        (response) => response.status,
        // A request the server never accepted (it had stopped listening) is refused; that is
        // fine. One it accepted and then dropped (reset, "other side closed") is not.
        (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const code = await first.stop('SIGTERM');
    const statuses = await Promise.all(inFlight);
    // A connection the kernel accepted but whose request Node had not read yet is closed as idle
    // (Fastify's default); the client sees it refused or closed. Requests the app was handling
    // (the 401s) must all be answered.
    const NOT_STARTED = ['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'];
    expect(statuses.filter((status) => status !== 401 && status !== 503 && !NOT_STARTED.includes(String(status)))).toEqual([]);
    expect(statuses).toContain(401);
    expect(code).toBe(0);
    expect(first.output()).toContain('Luoshi demo data was created');

    const started = Date.now();
    const second = await startServer({ dataDir: first.dataDir });
    const restartMs = Date.now() - started;
    console.log(`restart on an existing data directory: ready in ${restartMs} ms`);
    // The demo is seeded only into an empty database.
    expect(second.output()).not.toContain('Luoshi demo data was created');
    const health = await fetch(second.url + '/api/health');
    expect(await health.json()).toEqual({ status: 'ok', db: 'pglite' });
    expect(await second.stop('SIGINT')).toBe(0);
  });
});

describe('a real deployment (LUOSHI_DEMO=0)', () => {
  it('seeds no demo data or accounts', async () => {
    const server = await startServer({ env: { LUOSHI_DEMO: '0' } });
    try {
      expect(server.output()).not.toContain('demo data was created');
      const login = await fetch(server.url + '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'office', password: 'Demo#Luoshi2025' }),
      });
      expect(login.status).toBe(401);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
