import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { toAccountAdminView, type AccountAdminView } from './account-admin-view';
import { loadManagedAccount } from './load-managed-account';

/** Lifts a sign-in lock before it expires and clears the failure count. */
export async function unlockAccount(store: Store, actor: Actor, accountId: string, ctx: RequestContext): Promise<AccountAdminView> {
  return store.transaction(async (repos) => {
    const user = await loadManagedAccount(repos, actor, accountId);
    await repos.users.update(user.id, { failed_login_count: 0, locked_until: null, updated_at: ctx.now });
    await recordAudit(repos, ctx, actor, {
      action: 'account.unlock',
      outcome: 'success',
      object: { type: 'account', id: user.id },
      details: { lockedUntil: user.locked_until?.toISOString() ?? null },
    });
    return toAccountAdminView((await repos.users.findById(user.id))!, ctx.now);
  });
}
