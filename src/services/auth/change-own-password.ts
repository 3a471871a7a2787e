import type { Store } from '../../db/store';
import { checkPasswordStrength, PASSWORD_HISTORY_DEPTH, type PasswordProblem } from '../../domain/auth/password-policy';
import { DomainError } from '../../domain/errors';
import { auditActorOf, recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { hashPassword, verifyPassword } from './password-hash';
import type { SessionAccount } from './resolve-session';

export type PasswordRejection = PasswordProblem | 'reused' | 'wrong_current_password';

/**
 * Changes the signed-in account's own password: the current one must be given, the new one
 * must meet the policy and differ from the last 5. Other sessions of the account end; this one
 * stays. A refusal is audited and committed before it is thrown.
 */
export async function changeOwnPassword(
  store: Store,
  session: SessionAccount,
  input: { currentPassword: string; newPassword: string },
  ctx: RequestContext,
): Promise<void> {
  const { user } = session;
  const problems: PasswordRejection[] = [];
  if (!(await verifyPassword(input.currentPassword, user.password_hash))) problems.push('wrong_current_password');
  problems.push(...checkPasswordStrength(input.newPassword, user.login));
  if (problems.length === 0) {
    const earlier = [user.password_hash, ...(await store.repos.users.recentPasswordHashes(user.id, PASSWORD_HISTORY_DEPTH - 1))];
    for (const hash of earlier) {
      if (await verifyPassword(input.newPassword, hash)) {
        problems.push('reused');
        break;
      }
    }
  }
  const newHash = problems.length === 0 ? await hashPassword(input.newPassword) : null;

  await store.transaction(async (repos) => {
    if (newHash === null) {
      await recordAudit(repos, ctx, auditActorOf(user), {
        action: 'account.password_change',
        outcome: 'failure',
        object: { type: 'account', id: user.id },
        details: { problems },
      });
      return;
    }
    await repos.users.addPasswordHistory(user.id, user.password_hash, ctx.now);
    await repos.users.setPassword(user.id, newHash, false, ctx.now);
    await repos.sessions.deleteForUserExcept(user.id, session.sessionId);
    await recordAudit(repos, ctx, auditActorOf(user), {
      action: 'account.password_change',
      outcome: 'success',
      object: { type: 'account', id: user.id },
    });
  });
  if (newHash === null) {
    throw new DomainError('password_rejected', `The new password was refused: ${problems.join(', ')}.`, { problems });
  }
}
