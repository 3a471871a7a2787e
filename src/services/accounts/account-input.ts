import type { Repositories } from '../../db/store';
import { DomainError } from '../../domain/errors';
import type { Role } from '../../domain/roles';

/** Roles that act for one unit, so the account must belong to one. */
const UNIT_ROLES: Role[] = ['unit_reporter', 'unit_head'];

/**
 * Checks the organisation fields of an account: the unit exists in the account's county, and
 * unit roles come with a unit. Throws `validation_failed` naming the field.
 */
export async function checkAccountOrg(
  repos: Repositories,
  regionId: string | null,
  unitId: string | null,
  roles: readonly Role[],
): Promise<void> {
  if (roles.length === 0) {
    throw new DomainError('validation_failed', 'An account needs at least one role.', { fields: [{ field: 'roles', message: 'required' }] });
  }
  if (unitId !== null) {
    const unit = await repos.org.findUnit(unitId);
    if (!unit || unit.region_id !== regionId) {
      throw new DomainError('validation_failed', 'The unit does not exist in this county.', {
        fields: [{ field: 'unitId', message: 'unknown unit' }],
      });
    }
    if (unit.kind === 'group') {
      throw new DomainError('validation_failed', 'An account belongs to a unit, not to a group of units.', {
        fields: [{ field: 'unitId', message: 'group' }],
      });
    }
  } else if (roles.some((role) => UNIT_ROLES.includes(role))) {
    throw new DomainError('validation_failed', 'Unit reporters and unit heads must belong to a unit.', {
      fields: [{ field: 'unitId', message: 'required for unit roles' }],
    });
  }
}

/** Postgres unique violation on the login index, as a conflict a clerk understands. */
export function isDuplicateLogin(error: unknown): boolean {
  return error instanceof Error && /users_login_lower_unique/.test(error.message);
}
