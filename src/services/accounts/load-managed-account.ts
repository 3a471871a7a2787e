import type { Repositories } from '../../db/store';
import type { UserWithOrg } from '../../db/users.repository';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { authorize } from '../authorize';

/**
 * Loads an account that `actor` wants to manage. An account of another county is reported as
 * not found, so its existence does not leak; an account with no county needs a global admin.
 */
export async function loadManagedAccount(repos: Repositories, actor: Actor, accountId: string): Promise<UserWithOrg> {
  const user = await repos.users.findById(accountId);
  if (!user || (actor.regionId !== null && user.region_id !== actor.regionId)) {
    throw new DomainError('not_found', 'No such account.');
  }
  authorize(actor, 'account.manage', user.region_id === null ? { kind: 'deployment' } : { kind: 'region', regionId: user.region_id });
  return user;
}
