import type { Store } from '../../db/store';
import type { UserWithOrg } from '../../db/users.repository';
import { isSessionExpired, type SecurityPolicy } from '../../domain/auth/security-policy';
import { passwordChangeReason, type PasswordChangeReason } from './password-status';
import { sessionIdOf } from './session-token';

export interface SessionAccount {
  sessionId: string;
  user: UserWithOrg;
  /** Set when the account must change its password before anything else. */
  passwordChange: PasswordChangeReason | null;
}

/** Refresh last_seen_at at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The account behind a session cookie, or null when the token is unknown, the session has
 * expired (idle or absolute) or the account was disabled. Expired sessions are deleted.
 */
export async function resolveSession(
  store: Store,
  policy: SecurityPolicy,
  token: string,
  now: Date,
): Promise<SessionAccount | null> {
  const sessionId = sessionIdOf(token);
  // One statement: every authenticated request pays for it.
  const found = await store.repos.users.findBySession(sessionId);
  if (!found) return null;
  const { session, user } = found;
  if (isSessionExpired(session, now, policy) || !user.is_active) {
    await store.repos.sessions.delete(sessionId);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await store.repos.sessions.touch(sessionId, now);
  }
  return { sessionId, user, passwordChange: passwordChangeReason(user, now, policy) };
}
