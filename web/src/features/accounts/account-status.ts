import type { AccountAdmin } from './account-types';

export type AccountStatus = 'active' | 'disabled' | 'locked';

/**
 * How the account stands for signing in: disabled by an administrator, locked for a while after
 * too many wrong passwords, or active. Disabled wins: unlocking would not let it sign in.
 * `now` is a parameter, as a lock runs out by itself.
 */
export function accountStatusOf(account: Pick<AccountAdmin, 'isActive' | 'lockedUntil'>, now: Date): AccountStatus {
  if (!account.isActive) return 'disabled';
  if (isLocked(account, now)) return 'locked';
  return 'active';
}

/** Locked until a time still in the future (the server clears a lock that has run out). */
export function isLocked(account: Pick<AccountAdmin, 'lockedUntil'>, now: Date): boolean {
  if (account.lockedUntil === null) return false;
  const until = new Date(account.lockedUntil).getTime();
  return !Number.isNaN(until) && until > now.getTime();
}
