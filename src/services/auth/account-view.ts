import type { UserWithOrg } from '../../db/users.repository';
import type { Role } from '../../domain/roles';
import type { PasswordChangeReason } from './password-status';

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
  /** Why the password must be changed: the initial one, or an expired one. */
  passwordChangeReason: PasswordChangeReason | null;
}

export function toAccountView(user: UserWithOrg, passwordChange: PasswordChangeReason | null): AccountView {
  return {
    id: user.id,
    login: user.login,
    displayName: user.display_name,
    roles: user.roles,
    unit: user.unit_id && user.unit_name ? { id: user.unit_id, name: user.unit_name } : null,
    region: user.region_id && user.region_name ? { id: user.region_id, name: user.region_name } : null,
    isDemo: user.is_demo,
    mustChangePassword: passwordChange !== null,
    passwordChangeReason: passwordChange,
  };
}
