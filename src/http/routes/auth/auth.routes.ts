import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../../db/store';
import type { SecurityPolicy } from '../../../domain/auth/security-policy';
import { toAccountView } from '../../../services/auth/account-view';
import { signIn } from '../../../services/auth/sign-in';
import { signOut } from '../../../services/auth/sign-out';
import { clearSessionCookie, requireSession, setSessionCookie } from '../../authentication';
import { contextOf } from '../../request-context';
import { AccountResponseSchema, ErrorResponseSchema, LoginBodySchema } from './auth.schemas';

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
        const result = await signIn(deps.store, deps.policy, request.body, contextOf(request, deps.clock()));
        setSessionCookie(reply, request, deps.secureCookies, result.token, result.expiresAt);
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
      async (request) => ({ account: toAccountView(requireSession(request).user) }),
    );
  };
