/**
 * The signed-in account as GET /api/auth/me and POST /api/auth/login return it.
 * Mirrors the server's Account schema; replace with the server's exported type once the
 * contract is shared between src/ and web/.
 */
export const ROLES = [
  'admin',
  'auditor',
  'office',
  'supervisor',
  'leader',
  'unit_reporter',
  'unit_head',
] as const;
export type Role = (typeof ROLES)[number];

/** Why an account must change its password before doing anything else. */
export const PASSWORD_CHANGE_REASONS = ['initial', 'expired'] as const;
export type PasswordChangeReason = (typeof PASSWORD_CHANGE_REASONS)[number];

export interface NamedRef {
  id: string;
  name: string;
}

export interface Account {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  unit: NamedRef | null;
  region: NamedRef | null;
  isDemo: boolean;
  /** True exactly when `passwordChangeReason` is not null. */
  mustChangePassword: boolean;
  /** 'initial': first sign-in with a password an administrator gave; 'expired': older than the policy allows. */
  passwordChangeReason: PasswordChangeReason | null;
}

/** The body of both POST /api/auth/login and GET /api/auth/me. */
export interface AccountResponse {
  account: Account;
}
