import type { Store } from '../../db/store';
import type { RequestContext } from '../request-context';
import type { SessionAccount } from './resolve-session';

/** Ends the session on the server; the cookie alone is worthless afterwards. */
export async function signOut(store: Store, session: SessionAccount, ctx: RequestContext): Promise<void> {
  await store.transaction(async (repos) => {
    await repos.sessions.delete(session.sessionId);
    await repos.audit.append({
      action: 'auth.logout',
      outcome: 'success',
      at: ctx.now,
      actor: { userId: session.user.id, login: session.user.login, unitId: session.user.unit_id, regionId: session.user.region_id },
      client: { ip: ctx.ip, userAgent: ctx.userAgent },
      object: { type: 'account', id: session.user.id },
    });
  });
}
