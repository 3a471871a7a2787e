import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Account, AccountResponse, PasswordChangeReason } from '../../shared/api/account';
import { apiGet, isApiError } from '../../shared/api/client';

export const currentAccountKey = ['auth', 'me'] as const;

/** The signed-in account, or null when there is no session (401): that is an answer, not an error. */
async function fetchCurrentAccount({ signal }: { signal: AbortSignal }): Promise<Account | null> {
  try {
    return (await apiGet<AccountResponse>('/api/auth/me', { signal })).account;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The current-account query; the app starts it before anything renders (app.tsx). */
export const currentAccountQuery = queryOptions({ queryKey: currentAccountKey, queryFn: fetchCurrentAccount });

/**
 * GET /api/auth/me as a query. `data` is the account, `null` when signed out, `undefined`
 * while the first answer is awaited.
 */
export function useCurrentAccount() {
  return useQuery(currentAccountQuery);
}

/**
 * Make `account` the session on this client (null: signed out). Every other cached answer
 * belonged to the previous session and is dropped. The current-account query itself is
 * updated in place, so pages watching it (the guard, the login page) react at once.
 *
 * A /api/auth/me request still in flight is cancelled first: sent before the sign-in, its
 * late 401 would otherwise overwrite the account just set with null.
 */
export async function replaceSession(client: QueryClient, account: Account | null): Promise<void> {
  await client.cancelQueries({ queryKey: currentAccountKey });
  client.removeQueries({ predicate: (query) => !isCurrentAccountKey(query.queryKey) });
  client.setQueryData<Account | null>(currentAccountKey, account);
}

function isCurrentAccountKey(key: readonly unknown[]): boolean {
  return key.length === currentAccountKey.length && key.every((part, i) => part === currentAccountKey[i]);
}

/**
 * Record that the server refuses everything until the password is changed: the guard then sends
 * the user to the password page. With a known reason the cached account is updated at once;
 * otherwise the account is asked for again (it carries the reason).
 */
export async function requirePasswordChange(client: QueryClient, reason: PasswordChangeReason | undefined): Promise<void> {
  if (reason === undefined) {
    await client.invalidateQueries({ queryKey: currentAccountKey });
    return;
  }
  client.setQueryData<Account | null>(currentAccountKey, (account) =>
    account ? { ...account, mustChangePassword: true, passwordChangeReason: reason } : account,
  );
}
