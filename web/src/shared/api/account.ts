/**
 * The signed-in account as GET /api/auth/me and POST /api/auth/login return it: the server's own
 * type (src/http/routes/auth/auth.schemas.ts). The value lists below are the client's (it cannot
 * import server code); `satisfies` keeps them within the server's types.
 */
import type { AccountView } from '@server/http/routes/auth/auth.schemas';

/** `mustChangePassword` is true exactly when `passwordChangeReason` is not null. */
export type Account = AccountView;
export type Role = Account['roles'][number];
export const ROLES = ['admin', 'auditor', 'office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'] as const satisfies readonly Role[];

/** Why an account must change its password before doing anything else. */
export type PasswordChangeReason = NonNullable<Account['passwordChangeReason']>;
export const PASSWORD_CHANGE_REASONS = ['initial', 'expired'] as const satisfies readonly PasswordChangeReason[];

export type NamedRef = NonNullable<Account['unit']>;

/** The body of both POST /api/auth/login and GET /api/auth/me. */
export interface AccountResponse {
  account: Account;
}
