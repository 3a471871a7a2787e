import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAccount } from '../../../services/accounts/create-account';
import { listAccounts } from '../../../services/accounts/list-accounts';
import { resetPassword } from '../../../services/accounts/reset-password';
import { unlockAccount } from '../../../services/accounts/unlock-account';
import { updateAccount } from '../../../services/accounts/update-account';
import { requireAccount } from '../../authentication';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import {
  AccountListSchema,
  AccountParamsSchema,
  AccountQuerySchema,
  CreateAccountBodySchema,
  CreatedAccountSchema,
  UpdateAccountBodySchema,
  AccountAdminSchema,
} from './accounts.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };

/** Account administration (admin role): list, create, change, reset password, unlock. */
export const accountsRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/accounts',
      { schema: { tags: ['accounts'], summary: 'Accounts of the county', querystring: AccountQuerySchema, response: { 200: AccountListSchema, ...errors } } },
      async (request) => {
        const { actor } = requireAccount(request);
        return { accounts: await listAccounts(deps.store, actor, request.query, deps.clock()) };
      },
    );

    app.post(
      '/api/accounts',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Create an account; its initial password must be changed at first sign-in',
          body: CreateAccountBodySchema,
          response: { 201: CreatedAccountSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const created = await createAccount(deps.store, actor, request.body, contextOf(request, deps.clock()));
        return reply.status(201).send(created);
      },
    );

    app.patch(
      '/api/accounts/:id',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Change an account: details, unit, roles, active flag',
          params: AccountParamsSchema,
          body: UpdateAccountBodySchema,
          response: { 200: z.object({ account: AccountAdminSchema }), ...errors },
        },
      },
      async (request) => {
        const { actor } = requireAccount(request);
        const account = await updateAccount(deps.store, actor, request.params.id, request.body, contextOf(request, deps.clock()));
        return { account };
      },
    );

    app.post(
      '/api/accounts/:id/reset-password',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Give the account a temporary password, to be changed at next sign-in',
          params: AccountParamsSchema,
          response: { 200: z.object({ temporaryPassword: z.string() }), ...errors },
        },
      },
      async (request) => {
        const { actor } = requireAccount(request);
        return resetPassword(deps.store, actor, request.params.id, contextOf(request, deps.clock()));
      },
    );

    app.post(
      '/api/accounts/:id/unlock',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Lift a sign-in lock',
          params: AccountParamsSchema,
          response: { 200: z.object({ account: AccountAdminSchema }), ...errors },
        },
      },
      async (request) => {
        const { actor } = requireAccount(request);
        return { account: await unlockAccount(deps.store, actor, request.params.id, contextOf(request, deps.clock())) };
      },
    );
  };
