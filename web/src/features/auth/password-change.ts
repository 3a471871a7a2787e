import { PASSWORD_CHANGE_REASONS, type Account, type PasswordChangeReason } from '../../shared/api/account';
import { isApiError } from '../../shared/api/api-error';

/** The change-password page: for everyone from the account menu, and forced when required. */
export const PASSWORD_PATH = '/password';

/**
 * Where an account with a pending password change must go instead of `pathname`: the password
 * page, until the change is made. Undefined when the page may be shown.
 *
 * @example passwordChangeRedirect({ passwordChangeReason: 'initial' }, '/admin/units') // '/password'
 */
export function passwordChangeRedirect(
  account: Pick<Account, 'passwordChangeReason'>,
  pathname: string,
): string | undefined {
  if (account.passwordChangeReason === null || pathname === PASSWORD_PATH) return undefined;
  return PASSWORD_PATH;
}

/** `details.reason` of a 403 `password_change_required`, when it is one the UI knows. */
export function passwordChangeReasonOf(error: unknown): PasswordChangeReason | undefined {
  if (!isApiError(error)) return undefined;
  const reason = error.details['reason'];
  return PASSWORD_CHANGE_REASONS.find((known) => known === reason);
}
