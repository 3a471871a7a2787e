import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { authorize } from '../authorize';

/**
 * A unit's workspace: the unit and the tasks it leads, is responsible for or cooperates on, in
 * the county's active plans. A unit account sees its own unit's only; the office, supervisors
 * and leaders see any unit's.
 */
export async function getUnitWorkspace(store: Store, actor: Actor, unitId: string) {
  const unit = await store.repos.org.findUnit(unitId);
  if (!unit || (actor.regionId !== null && unit.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such unit.');
  authorize(actor, 'workspace.read', { kind: 'unit', regionId: unit.region_id, unitId: unit.id });
  const rows = await store.repos.plans.listTasksOfUnit(unit.id);
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    tasks: rows.map((row) => ({
      planId: row.plan_id,
      planTitle: row.plan_title,
      taskId: row.task_id,
      number: row.number,
      title: row.title,
      section: row.section_number ? `(${row.section_number})${row.section_title}` : row.section_title,
      role: row.role,
    })),
  };
}
