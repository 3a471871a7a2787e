import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { authorize } from '../authorize';
import { toUnitView, type UnitView } from './unit-view';

/** The county's unit registry, groups with their members. */
export async function listUnits(store: Store, actor: Actor, regionId: string): Promise<UnitView[]> {
  authorize(actor, 'unit.read', { kind: 'region', regionId });
  const [units, members] = await Promise.all([store.repos.org.listUnits(regionId), store.repos.org.listGroupMembers(regionId)]);
  return units.map((unit) => toUnitView(unit, members));
}
