import type { PlanSection, PlanTask, PlanView } from '../plan/plan-types';

export interface TaskContext {
  plan: PlanView['plan'];
  section: PlanSection;
  task: PlanTask;
}

/** The plan, section and task a report is about (a report names only its task). */
export function findTask(views: readonly PlanView[], taskId: string): TaskContext | undefined {
  for (const view of views) {
    for (const section of view.sections) {
      const task = section.tasks.find((candidate) => candidate.id === taskId);
      if (task) return { plan: view.plan, section, task };
    }
  }
  return undefined;
}

/**
 * The units that owe a unit report on a task: its responsible units, a group (各乡镇(场)) standing
 * for its members. The lead unit's view lists them, so a unit that has not even opened its report shows.
 */
export function responsibleUnitIds(task: Pick<PlanTask, 'units'>, groups: readonly { id: string; kind: string; memberIds: readonly string[] }[]): string[] {
  const byId = new Map(groups.map((unit) => [unit.id, unit]));
  const ids = task.units
    .filter((unit) => unit.role === 'responsible')
    .flatMap((unit) => {
      const registered = byId.get(unit.unitId);
      return registered?.kind === 'group' ? registered.memberIds : [unit.unitId];
    });
  return [...new Set(ids)];
}
