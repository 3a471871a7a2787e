import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../db/store';
import type { SecurityPolicy } from '../domain/auth/security-policy';
import { DomainError } from '../domain/errors';
import type { Actor } from '../domain/authorization/policy';
import { resolveSession, type SessionAccount } from '../services/auth/resolve-session';
import { actorOf } from '../services/authorize';

export const SESSION_COOKIE = 'luoshi_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account, resolved from the session cookie; null when there is none. */
    session: SessionAccount | null;
  }
}

export interface AuthenticationDeps {
  store: Store;
  policy: SecurityPolicy;
  clock: () => Date;
  secureCookies: 'auto' | boolean;
}

/** Resolves the session cookie on every API request. Routes decide whether they need one. */
export function installAuthentication(app: FastifyInstance, deps: AuthenticationDeps): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.session = await resolveSession(deps.store, deps.policy, token, deps.clock());
  });
}

/**
 * The signed-in account, or a 401 `unauthenticated`, even when its password must be changed:
 * only for the routes that such an account may use (me, sign-out, change password).
 */
export function requireSignedIn(request: FastifyRequest): SessionAccount {
  if (!request.session) throw new DomainError('unauthenticated', 'Please sign in.');
  return request.session;
}

/**
 * The signed-in account and its policy actor, for every other route. An account that must
 * change its password (first sign-in, or expired) gets 403 `password_change_required`.
 */
export function requireAccount(request: FastifyRequest): { session: SessionAccount; actor: Actor } {
  const session = requireSignedIn(request);
  if (session.passwordChange) {
    throw new DomainError('password_change_required', 'Change your password before continuing.', {
      reason: session.passwordChange,
    });
  }
  return { session, actor: actorOf(session.user) };
}

/**
 * The session cookie lives as long as the session, counted in seconds (Max-Age) rather than as an
 * instant (Expires): the browser counts from its own clock, so a PC whose clock is off (or a server
 * on the end-to-end test clock) does not drop the cookie at once. The server still decides expiry.
 */
export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  secureCookies: 'auto' | boolean,
  token: string,
  session: { expiresAt: Date; now: Date },
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies === 'auto' ? request.protocol === 'https' : secureCookies,
    maxAge: Math.max(0, Math.round((session.expiresAt.getTime() - session.now.getTime()) / 1000)),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated writes: a state-changing request must come from our
 * own origin. Browsers send Origin (and Sec-Fetch-Site) on cross-site requests; scripted
 * clients send neither and have no ambient cookie to abuse. Together with SameSite=Lax.
 */
export function installCsrfGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site') throw csrfFailed();
    const origin = request.headers.origin;
    if (origin !== undefined && !isSameOrigin(origin, request.host)) throw csrfFailed();
  });
}

/** Compares host and port the way browsers do (default ports dropped on both sides). */
function isSameOrigin(origin: string, requestHost: string): boolean {
  try {
    const from = new URL(origin);
    return from.host === new URL(`${from.protocol}//${requestHost}`).host;
  } catch {
    return false; // includes Origin: null (sandboxed frames, file://)
  }
}

const csrfFailed = () => new DomainError('csrf_failed', 'This request did not come from a Luoshi page.');
