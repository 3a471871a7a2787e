import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '../../shared/api/client';
import { detailItems } from '../../shared/api/error-details';
import { currentAccountKey } from './current-account';
import { isPasswordProblem, type PasswordProblem } from './password-rules';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * POST /api/auth/password. On success the account is asked for again, so a pending change
 * (`passwordChangeReason`) is cleared before the page moves on and the guard lets the user through.
 * The server keeps this session and ends the account's other ones.
 */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => apiPost('/api/auth/password', change),
    onSuccess: () => client.invalidateQueries({ queryKey: currentAccountKey }),
  });
}

/** The policy problems of a 400 `password_rejected`; empty for any other error. */
export function passwordProblemsOf(error: unknown): PasswordProblem[] {
  return detailItems(error, 'problems', isPasswordProblem);
}
