import type { Repositories } from '../../src/db/store';
import { DEFAULT_SECURITY_POLICY, sessionExpiresAt } from '../../src/domain/auth/security-policy';
import { SESSION_COOKIE } from '../../src/http/authentication';
import { newSessionToken, sessionIdOf } from '../../src/services/auth/session-token';

/**
 * A new session of an account, made as sign-in makes one, and its Cookie header. Benchmarks make
 * sessions this way because they need many (thousands of reporters, or one per connection):
 * signing each in over HTTP would meet the login rate limit.
 */
export async function newSessionCookie(repos: Repositories, userId: string, now: Date): Promise<string> {
  const token = newSessionToken();
  await repos.sessions.insert({ id: sessionIdOf(token), userId, now, expiresAt: sessionExpiresAt(now, DEFAULT_SECURITY_POLICY), ip: '127.0.0.1', userAgent: 'luoshi bench' });
  return `${SESSION_COOKIE}=${token}`;
}

/** `count` sessions of the account `login`: as many people (or devices) as connections. */
export async function sessionCookies(repos: Repositories, login: string, count: number, now: Date): Promise<string[]> {
  const account = await repos.users.findByLogin(login);
  if (!account) throw new Error(`no account ${login}`);
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) cookies.push(await newSessionCookie(repos, account.id, now));
  return cookies;
}
