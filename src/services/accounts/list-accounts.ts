import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { authorize } from '../authorize';
import { toAccountAdminView, type AccountAdminView } from './account-admin-view';

/** The accounts of the admin's county (every county for a deployment-wide admin). */
export async function listAccounts(
  store: Store,
  actor: Actor,
  filter: { search?: string | undefined },
  now: Date,
): Promise<AccountAdminView[]> {
  authorize(actor, 'account.read', actor.regionId === null ? { kind: 'deployment' } : { kind: 'region', regionId: actor.regionId });
  const users = await store.repos.users.list({ regionId: actor.regionId, search: filter.search });
  return users.map((user) => toAccountAdminView(user, now));
}
