import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from '../../shared/api/client';
import type { AccountAdmin, CreateAccountBody, UpdateAccountBody } from './account-types';

const accountsKey = ['accounts'] as const;

/** GET /api/accounts?search=: the county's accounts; the search matches login and name on the server. */
export function useAccounts(search: string) {
  const query = search.trim();
  return useQuery({
    queryKey: [...accountsKey, query],
    queryFn: async ({ signal }): Promise<AccountAdmin[]> => {
      const params = query === '' ? '' : `?${new URLSearchParams({ search: query }).toString()}`;
      return (await apiGet<{ accounts: AccountAdmin[] }>(`/api/accounts${params}`, { signal })).accounts;
    },
    // Keep the rows on screen while a new search runs, instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}

/** Every account change refreshes every cached list (any search may include the account). */
function useAccountMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: accountsKey }) });
}

/** POST /api/accounts → the account and its initial password, to be shown once. */
export function useCreateAccount() {
  return useAccountMutation((body: CreateAccountBody) => apiPost<{ account: AccountAdmin; initialPassword: string }>('/api/accounts', body));
}

/** PATCH /api/accounts/:id (details, unit, roles, enabled/disabled). */
export function useUpdateAccount() {
  return useAccountMutation(({ id, body }: { id: string; body: UpdateAccountBody }) =>
    apiPatch<{ account: AccountAdmin }>(`/api/accounts/${encodeURIComponent(id)}`, body),
  );
}

/** POST /api/accounts/:id/reset-password → a temporary password, to be shown once. */
export function useResetPassword() {
  return useAccountMutation((id: string) => apiPost<{ temporaryPassword: string }>(`/api/accounts/${encodeURIComponent(id)}/reset-password`));
}

/** POST /api/accounts/:id/unlock: lift a sign-in lock before it runs out. */
export function useUnlockAccount() {
  return useAccountMutation((id: string) => apiPost<{ account: AccountAdmin }>(`/api/accounts/${encodeURIComponent(id)}/unlock`));
}
