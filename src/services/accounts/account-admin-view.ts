import type { UserWithOrg } from '../../db/users.repository';
import { toAccountView, type AccountView } from '../auth/account-view';

/** An account as the administrator's list shows it. */
export interface AccountAdminView extends AccountView {
  phone: string | null;
  email: string | null;
  isActive: boolean;
  lockedUntil: string | null;
  failedLoginCount: number;
  lastLoginAt: string | null;
  createdAt: string;
}

export function toAccountAdminView(user: UserWithOrg, now: Date): AccountAdminView {
  const locked = user.locked_until !== null && user.locked_until.getTime() > now.getTime();
  return {
    ...toAccountView(user, user.must_change_password && !user.is_demo ? 'initial' : null),
    phone: user.phone,
    email: user.email,
    isActive: user.is_active,
    lockedUntil: locked ? user.locked_until!.toISOString() : null,
    failedLoginCount: user.failed_login_count,
    lastLoginAt: user.last_login_at?.toISOString() ?? null,
    createdAt: user.created_at.toISOString(),
  };
}
