import type { UserRow } from '../../db/schema';
import { isPasswordExpired } from '../../domain/auth/password-policy';
import type { SecurityPolicy } from '../../domain/auth/security-policy';

export type PasswordChangeReason = 'initial' | 'expired';

/**
 * Why this account must change its password before doing anything else, or null.
 * Demo accounts are exempt so a visitor can look around (they are marked as demo in the UI).
 */
export function passwordChangeReason(
  user: Pick<UserRow, 'must_change_password' | 'is_demo' | 'password_changed_at'>,
  now: Date,
  policy: SecurityPolicy,
): PasswordChangeReason | null {
  if (user.is_demo) return null;
  if (user.must_change_password) return 'initial';
  if (isPasswordExpired(user.password_changed_at, now, policy.passwordMaxAgeDays)) return 'expired';
  return null;
}
