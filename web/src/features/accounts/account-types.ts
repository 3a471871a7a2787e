import type {
  AccountAdminView,
  CreateAccountBody as ServerCreateAccountBody,
  UpdateAccountBody as ServerUpdateAccountBody,
} from '@server/http/routes/accounts/accounts.schemas';

/** An account as the administrator's list shows it (GET /api/accounts): the server's own type. */
export type AccountAdmin = AccountAdminView;

/** POST /api/accounts. The server generates the initial password when none is given. */
export type CreateAccountBody = Omit<ServerCreateAccountBody, 'regionId' | 'initialPassword'>;

/** PATCH /api/accounts/:id: only the fields present change. */
export type UpdateAccountBody = ServerUpdateAccountBody;
