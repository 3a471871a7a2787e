import type { UserUpdate } from '../../db/schema';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import type { Role } from '../../domain/roles';
import { diffFields, recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { toAccountAdminView, type AccountAdminView } from './account-admin-view';
import { checkAccountOrg } from './account-input';
import { loadManagedAccount } from './load-managed-account';

export interface UpdateAccountInput {
  displayName?: string | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  unitId?: string | null | undefined;
  roles?: Role[] | undefined;
  isActive?: boolean | undefined;
}

/**
 * Changes an account's details, unit, roles or active flag. Role changes are audited as their
 * own action (等保: permission changes); disabling ends the account's sessions. An admin cannot
 * disable their own account or take away their own admin role, so a county is never left
 * without one by accident.
 */
export async function updateAccount(
  store: Store,
  actor: Actor,
  accountId: string,
  input: UpdateAccountInput,
  ctx: RequestContext,
): Promise<AccountAdminView> {
  return store.transaction(async (repos) => {
    const user = await loadManagedAccount(repos, actor, accountId);
    if (user.id === actor.userId && (input.isActive === false || (input.roles && !input.roles.includes('admin')))) {
      throw new DomainError('conflict', 'You cannot disable your own account or remove your own admin role.');
    }
    const roles = input.roles ?? user.roles;
    const unitId = input.unitId === undefined ? user.unit_id : input.unitId;
    await checkAccountOrg(repos, user.region_id, unitId, roles);

    const before = { displayName: user.display_name, phone: user.phone, email: user.email, unitId: user.unit_id, isActive: user.is_active };
    const after = { displayName: input.displayName, phone: input.phone, email: input.email, unitId: input.unitId, isActive: input.isActive };
    const changes = diffFields(before, after);
    const rolesChanged = input.roles !== undefined && [...input.roles].sort().join() !== [...user.roles].sort().join();

    const patch: UserUpdate = { updated_at: ctx.now };
    if (input.displayName !== undefined) patch.display_name = input.displayName;
    if (input.phone !== undefined) patch.phone = input.phone;
    if (input.email !== undefined) patch.email = input.email;
    if (input.unitId !== undefined) patch.unit_id = input.unitId;
    if (input.isActive !== undefined) patch.is_active = input.isActive;
    if (input.roles !== undefined) patch.roles = input.roles;
    await repos.users.update(user.id, patch);
    if (input.isActive === false) await repos.sessions.deleteForUser(user.id);

    const object = { type: 'account', id: user.id };
    if (Object.keys(changes).length > 0) {
      await recordAudit(repos, ctx, actor, { action: 'account.update', outcome: 'success', object, details: { changes } });
    }
    if (rolesChanged) {
      await recordAudit(repos, ctx, actor, {
        action: 'account.roles_change',
        outcome: 'success',
        object,
        details: { before: user.roles, after: input.roles },
      });
    }
    return toAccountAdminView((await repos.users.findById(user.id))!, ctx.now);
  });
}
