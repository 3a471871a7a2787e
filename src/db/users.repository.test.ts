import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { buildRegion, buildUser } from '../../test/factories';
import { recordingStore } from '../../test/recording-store';

describeEachDatabase('session lookups shared between concurrent requests', (get) => {
  const NOW = new Date('2025-06-01T02:00:00Z');
  const EXPIRES = new Date('2025-06-01T10:00:00Z');

  it('answer every caller with its own session and account, in one statement for callers of one tick', async () => {
    const { store, database } = get();
    const region = await buildRegion(store);
    const users = await Promise.all([0, 1, 2].map(() => buildUser(store, { region_id: region.id })));
    const sessionIds = users.map((_, i) => `test-session-${region.id}-${i}`);
    for (const [i, { user }] of users.entries()) {
      await store.repos.sessions.insert({ id: sessionIds[i]!, userId: user.id, now: NOW, expiresAt: EXPIRES, ip: null, userAgent: null });
    }

    const recording = recordingStore(database);
    const asked = [...sessionIds, sessionIds[0]!, 'no-such-session'];
    const found = await Promise.all(asked.map((id) => recording.store.repos.users.findBySession(id)));
    expect(recording.statements()).toBe(1);
    expect(found.map((f) => f?.user.login)).toEqual([...users.map((u) => u.login), users[0]!.login, undefined]);
    expect(found[0]!.user.region_name).toBe(region.name);
    expect(found[0]!.session.expiresAt.toISOString()).toBe(EXPIRES.toISOString());
    // Two requests of one session share a statement but not an object.
    expect(found[3]).toEqual(found[0]);
    expect(found[3]!.user).not.toBe(found[0]!.user);

    // A session ended before the call is never answered from an earlier statement.
    await store.repos.sessions.delete(sessionIds[1]!);
    expect(await recording.store.repos.users.findBySession(sessionIds[1]!)).toBeUndefined();
    expect((await recording.store.repos.users.findBySession(sessionIds[2]!))?.user.login).toBe(users[2]!.login);
  });
});
