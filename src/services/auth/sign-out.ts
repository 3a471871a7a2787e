import type { Store } from '../../db/store';
import { auditActorOf, recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import type { SessionAccount } from './resolve-session';

/** Ends the session on the server; the cookie alone is worthless afterwards. */
export async function signOut(store: Store, session: SessionAccount, ctx: RequestContext): Promise<void> {
  await store.transaction(async (repos) => {
    await repos.sessions.delete(session.sessionId);
    await recordAudit(repos, ctx, auditActorOf(session.user), {
      action: 'auth.logout',
      outcome: 'success',
      object: { type: 'account', id: session.user.id },
    });
  });
}
