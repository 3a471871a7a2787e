import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { recordAudit } from '../audit/record-audit';
import { generatePassword } from '../auth/generate-password';
import { hashPassword } from '../auth/password-hash';
import type { RequestContext } from '../request-context';
import { loadManagedAccount } from './load-managed-account';

/**
 * Gives an account a new random password that must be changed at the next sign-in; ends its
 * sessions and lifts any lock. The password is returned once, for the admin to pass on.
 */
export async function resetPassword(
  store: Store,
  actor: Actor,
  accountId: string,
  ctx: RequestContext,
): Promise<{ temporaryPassword: string }> {
  const temporaryPassword = generatePassword();
  const hash = await hashPassword(temporaryPassword);
  await store.transaction(async (repos) => {
    const user = await loadManagedAccount(repos, actor, accountId);
    await repos.users.addPasswordHistory(user.id, user.password_hash, ctx.now);
    await repos.users.setPassword(user.id, hash, true, ctx.now);
    await repos.users.update(user.id, { failed_login_count: 0, locked_until: null });
    await repos.sessions.deleteForUser(user.id);
    await recordAudit(repos, ctx, actor, { action: 'account.password_reset', outcome: 'success', object: { type: 'account', id: user.id } });
  });
  return { temporaryPassword };
}
