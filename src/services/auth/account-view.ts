import type { UserWithOrg } from '../../db/users.repository';
import type { Role } from '../../domain/roles';

/** The account as clients see it (GET /api/auth/me). Never carries the password hash. */
export interface AccountView {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  unit: { id: string; name: string } | null;
  region: { id: string; name: string } | null;
  isDemo: boolean;
  mustChangePassword: boolean;
}

export function toAccountView(user: UserWithOrg): AccountView {
  return {
    id: user.id,
    login: user.login,
    displayName: user.display_name,
    roles: user.roles,
    unit: user.unit_id && user.unit_name ? { id: user.unit_id, name: user.unit_name } : null,
    region: user.region_id && user.region_name ? { id: user.region_id, name: user.region_name } : null,
    isDemo: user.is_demo,
    // Demo accounts skip the forced first change so a visitor can look around (issue 4).
    mustChangePassword: user.must_change_password && !user.is_demo,
  };
}
