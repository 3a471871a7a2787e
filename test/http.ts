import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { LocalDiskBlobStore } from '../src/storage/local-disk-blob-store';
import { buildApp, type AppOptions } from '../src/http/app';
import type { Store } from '../src/db/store';

/** A test clock: starts at a fixed instant and moves only when told. */
export function createClock(start = '2025-03-18T02:00:00Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advanceMinutes: (minutes: number) => {
      now += minutes * 60_000;
    },
  };
}

/** The app as production builds it; `addRoutes` adds test-only routes before it is sealed. */
export async function buildTestApp(
  store: Store,
  overrides: Partial<AppOptions> = {},
  addRoutes?: (app: FastifyInstance) => void,
): Promise<FastifyInstance> {
  const blobs = new LocalDiskBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-files-')));
  const app = await buildApp({ store, blobs, webRoot: null, secureCookies: false, trustProxy: false, ...overrides });
  addRoutes?.(app);
  await app.ready();
  return app;
}

/** The session cookie a response set, ready to send back as a Cookie header. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'luoshi_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `luoshi_session=${cookie.value}`;
}

export async function signInAs(app: FastifyInstance, login: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return sessionCookieOf(response);
}
