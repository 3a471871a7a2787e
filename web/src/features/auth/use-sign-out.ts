import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiPost, isApiError } from '../../shared/api/client';
import { LOGIN_PATH } from './next-path';

/** POST /api/auth/logout. A 401 means the session was already gone: that is signed out too. */
async function signOut(): Promise<void> {
  try {
    await apiPost('/api/auth/logout');
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
}

/**
 * Sign out, clear every cached answer, go to the login page.
 *
 * The cache is cleared before navigating: clear() removes queries without re-rendering the
 * pages still on screen, and the login page then asks /api/auth/me afresh instead of finding
 * the old account in the cache and bouncing straight back into the app.
 */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      client.clear();
      await navigate(LOGIN_PATH, { replace: true });
    },
  });
}
