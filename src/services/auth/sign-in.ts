import type { Store } from '../../db/store';
import type { UserWithOrg } from '../../db/users.repository';
import { isLocked, lockUntilAfterFailure, sessionExpiresAt, type SecurityPolicy } from '../../domain/auth/security-policy';
import { DomainError } from '../../domain/errors';
import { auditActorOf, recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { toAccountView, type AccountView } from './account-view';
import { dummyPasswordHash, verifyPassword } from './password-hash';
import { passwordChangeReason } from './password-status';
import { newSessionToken, sessionIdOf } from './session-token';

export interface SignInResult {
  token: string;
  expiresAt: Date;
  account: AccountView;
}

type Attempt =
  | { ok: true; result: SignInResult }
  | { ok: false; error: DomainError };

/**
 * Checks a login and password and opens a new session (a fresh id at every sign-in).
 * Failures are recorded and committed before the error is thrown, so the failed-attempt
 * count and the audit trail survive the refusal.
 */
export async function signIn(
  store: Store,
  policy: SecurityPolicy,
  input: { login: string; password: string },
  ctx: RequestContext,
): Promise<SignInResult> {
  const user = await store.repos.users.findByLogin(input.login);
  // Verify even when the login is unknown, so timing does not reveal which logins exist.
  const passwordMatches = await verifyPassword(input.password, user?.password_hash ?? (await dummyPasswordHash()));
  const attempt = await store.transaction(async (repos): Promise<Attempt> => {
    const audit = (action: string, outcome: 'success' | 'failure', details?: Record<string, unknown>) =>
      recordAudit(repos, ctx, user ? auditActorOf(user) : { userId: null, login: input.login.slice(0, 64), unitId: null, regionId: null }, {
        action,
        outcome,
        object: { type: 'account', id: user?.id ?? null },
        ...(details ? { details } : {}),
      });

    if (!user) {
      await audit('auth.login', 'failure', { reason: 'unknown_login' });
      return { ok: false, error: invalidCredentials() };
    }
    if (isLocked(user.locked_until, ctx.now)) {
      await audit('auth.login', 'failure', { reason: 'account_locked', lockedUntil: user.locked_until?.toISOString() });
      return { ok: false, error: accountLocked(user) };
    }
    if (!user.is_active) {
      await audit('auth.login', 'failure', { reason: 'account_disabled' });
      return { ok: false, error: new DomainError('account_disabled', 'This account has been disabled.') };
    }
    if (!passwordMatches) {
      // A lock that has run out starts a new count.
      const previous = user.locked_until ? 0 : user.failed_login_count;
      const lockUntil = lockUntilAfterFailure(previous + 1, ctx.now, policy);
      await repos.users.recordFailedLogin(user.id, previous + 1, lockUntil, ctx.now);
      await audit('auth.login', 'failure', { reason: 'wrong_password', failedCount: previous + 1 });
      if (lockUntil) await audit('auth.lockout', 'success', { lockedUntil: lockUntil.toISOString() });
      return { ok: false, error: invalidCredentials() };
    }
    await repos.users.recordSuccessfulLogin(user.id, ctx.now);
    const token = newSessionToken();
    const expiresAt = sessionExpiresAt(ctx.now, policy);
    await repos.sessions.insert({
      id: sessionIdOf(token),
      userId: user.id,
      now: ctx.now,
      expiresAt,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await audit('auth.login', 'success');
    return {
      ok: true,
      result: { token, expiresAt, account: toAccountView(user, passwordChangeReason(user, ctx.now, policy)) },
    };
  });
  if (!attempt.ok) throw attempt.error;
  return attempt.result;
}

const invalidCredentials = () => new DomainError('invalid_credentials', 'The login or password is wrong.');

const accountLocked = (user: UserWithOrg) =>
  new DomainError('account_locked', 'This account is locked after repeated failed sign-ins.', {
    lockedUntil: user.locked_until?.toISOString(),
  });
