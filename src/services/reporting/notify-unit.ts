import type { Repositories } from '../../db/store';

/** Tells every active reporter and head of a unit, in the app (the bell). */
export async function notifyUnit(
  repos: Repositories,
  unitId: string,
  message: { planId: string; kind: string; title: string; body: string; link: string | null },
  now: Date,
): Promise<void> {
  const accounts = await repos.reporting.accountsOfUnit(unitId);
  await repos.notifications.notify(accounts.map((a) => ({ ...message, userId: a.id, now })));
}
