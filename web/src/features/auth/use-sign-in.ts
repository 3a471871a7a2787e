import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountResponse } from '../../shared/api/account';
import { apiPost } from '../../shared/api/client';
import { replaceSession } from './current-account';

export interface Credentials {
  login: string;
  password: string;
}

/**
 * POST /api/auth/login. On success the server has set the session cookie and the returned
 * account becomes the current account; the login page then moves on by itself.
 */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => apiPost<AccountResponse>('/api/auth/login', credentials),
    onSuccess: ({ account }) => replaceSession(client, account),
  });
}
