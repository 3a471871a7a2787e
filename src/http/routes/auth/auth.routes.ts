import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../../db/store';
import type { SecurityPolicy } from '../../../domain/auth/security-policy';
import { toAccountView } from '../../../services/auth/account-view';
import { changeOwnPassword } from '../../../services/auth/change-own-password';
import { signIn } from '../../../services/auth/sign-in';
import { signOut } from '../../../services/auth/sign-out';
import { clearSessionCookie, requireSignedIn, setSessionCookie } from '../../authentication';
import { contextOf } from '../../request-context';
import { AccountResponseSchema, ChangePasswordBodySchema, ErrorResponseSchema, LoginBodySchema } from './auth.schemas';

export interface AuthRoutesDeps {
  store: Store;
  policy: SecurityPolicy;
  clock: () => Date;
  secureCookies: 'auto' | boolean;
  /** Sign-in attempts per IP per minute, on top of the per-account lockout. */
  loginRateLimitPerMinute: number;
}

export const authRoutes =
  (deps: AuthRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { rateLimit: { max: deps.loginRateLimitPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with login and password; sets an HttpOnly session cookie',
          body: LoginBodySchema,
          response: { 200: AccountResponseSchema, 401: ErrorResponseSchema, 423: ErrorResponseSchema },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps.clock());
        const result = await signIn(deps.store, deps.policy, request.body, ctx);
        setSessionCookie(reply, request, deps.secureCookies, result.token, { expiresAt: result.expiresAt, now: ctx.now });
        return { account: result.account };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: 'Sign out: ends the session on the server', response: { 204: z.null() } } },
      async (request, reply) => {
        if (request.session) await signOut(deps.store, request.session, contextOf(request, deps.clock()));
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in account, its unit and roles',
          response: { 200: AccountResponseSchema, 401: ErrorResponseSchema },
        },
      },
      async (request) => {
        const session = requireSignedIn(request);
        return { account: toAccountView(session.user, session.passwordChange) };
      },
    );

    app.post(
      '/api/auth/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change the signed-in account\'s own password (policy: 8+ characters, 3 of 4 classes, not the login, none of the last 5)',
          body: ChangePasswordBodySchema,
          response: { 204: z.null(), 400: ErrorResponseSchema, 401: ErrorResponseSchema },
        },
      },
      async (request, reply) => {
        await changeOwnPassword(deps.store, requireSignedIn(request), request.body, contextOf(request, deps.clock()));
        return reply.status(204).send(null);
      },
    );
  };
