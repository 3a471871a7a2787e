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
