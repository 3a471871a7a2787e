import type { Account, Role } from '../../shared/api/account';

/**
 * An account as the administrator's list shows it (GET /api/accounts). Mirrors the server's
 * AccountAdminSchema (src/http/routes/accounts/accounts.schemas.ts).
 */
export interface AccountAdmin extends Account {
  phone: string | null;
  email: string | null;
  isActive: boolean;
  /** Set while a sign-in lock lasts (too many wrong passwords); null otherwise. */
  lockedUntil: string | null;
  failedLoginCount: number;
  lastLoginAt: string | null;
  createdAt: string;
}

/** POST /api/accounts. The server generates the initial password when none is given. */
export interface CreateAccountBody {
  login: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  unitId: string | null;
  roles: Role[];
}

/** PATCH /api/accounts/:id: only the fields present change. */
export type UpdateAccountBody = Partial<Omit<CreateAccountBody, 'login'>> & { isActive?: boolean };
