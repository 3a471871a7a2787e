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
  const session = await store.repos.sessions.findById(sessionId);
  if (!session) return null;
  if (isSessionExpired({ lastSeenAt: session.last_seen_at, expiresAt: session.expires_at }, now, policy)) {
    await store.repos.sessions.delete(sessionId);
    return null;
  }
  const user = await store.repos.users.findById(session.user_id);
  if (!user || !user.is_active) {
    await store.repos.sessions.delete(sessionId);
    return null;
  }
  if (now.getTime() - session.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) {
    await store.repos.sessions.touch(sessionId, now);
  }
  return { sessionId, user, passwordChange: passwordChangeReason(user, now, policy) };
}
