import { createContext, useContext } from 'react';
import type { Account } from '../../shared/api/account';

/** Provided by <RequireAuth> once the session is confirmed. */
export const SignedInAccountContext = createContext<Account | null>(null);

/** The signed-in account, inside the guarded part of the app (never null there). */
export function useSignedInAccount(): Account {
  const account = useContext(SignedInAccountContext);
  if (account === null) throw new Error('useSignedInAccount() must be used below <RequireAuth>');
  return account;
}
