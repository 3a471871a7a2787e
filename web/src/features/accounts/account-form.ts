import type { Role } from '../../shared/api/account';
import { isApiError } from '../../shared/api/api-error';
import { errorMessageKey } from '../../shared/api/error-message';
import type { MessageKey } from '../../shared/i18n/translate';
import type { AccountAdmin, CreateAccountBody, UpdateAccountBody } from './account-types';

/** The server's rule for a login: 2 to 64 letters, digits or . _ @ - */
export const LOGIN_PATTERN = /^[A-Za-z0-9_.@-]{2,64}$/;

/** Roles that act for one unit: an account holding one must belong to a unit. */
const UNIT_ROLES: readonly Role[] = ['unit_reporter', 'unit_head'];

export function needsUnit(roles: readonly Role[]): boolean {
  return roles.some((role) => UNIT_ROLES.includes(role));
}

/** The account form's fields; the optional texts are '' or undefined while empty. */
export interface AccountFormValues {
  login: string;
  displayName: string;
  phone?: string;
  email?: string;
  unitId?: string | null;
  roles: Role[];
}

export function accountFormValues(account?: AccountAdmin): AccountFormValues {
  if (account === undefined) return { login: '', displayName: '', phone: '', email: '', unitId: null, roles: [] };
  return {
    login: account.login,
    displayName: account.displayName,
    phone: account.phone ?? '',
    email: account.email ?? '',
    unitId: account.unit?.id ?? null,
    roles: [...account.roles],
  };
}

const textOrNull = (text: string | undefined) => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The body of POST /api/accounts: texts trimmed, empty optional fields as null. */
export function createAccountBody(values: AccountFormValues): CreateAccountBody {
  return {
    login: values.login.trim(),
    displayName: values.displayName.trim(),
    phone: textOrNull(values.phone),
    email: textOrNull(values.email),
    unitId: values.unitId ?? null,
    roles: values.roles,
  };
}

/** The body of PATCH /api/accounts/:id: the same fields but the login, which cannot change. */
export function updateAccountBody(values: AccountFormValues): UpdateAccountBody {
  const { login: _login, ...body } = createAccountBody(values);
  return body;
}

/**
 * The message for a failed save. A 409 on an update means an administrator tried to disable
 * themself or take away their own admin role; on a create it is a taken login (shown on its field).
 */
export function saveErrorKey(error: unknown, isUpdate: boolean): MessageKey {
  return isUpdate && isApiError(error) && error.code === 'conflict' ? 'accounts.error.selfLockout' : errorMessageKey(error);
}
