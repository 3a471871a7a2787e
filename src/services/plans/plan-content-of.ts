import type { TaskRowWithUnits } from '../../db/plans.repository';
import type { Repositories } from '../../db/store';
import type { IndicatorContent, TaskContent } from '../../domain/plans/plan-changes';
import type { PlanDocument } from '../../parser';

/** A section's label as the breakdown shows it: (一) 实施创新力量厚植工程. */
export const sectionLabel = (number: string | null, title: string) => (number ? `(${number})${title}` : title);

export function taskContentOfRow(task: TaskRowWithUnits): TaskContent {
  const names = (role: string) => task.units.filter((u) => u.role === role).map((u) => u.name);
  return {
    number: task.number,
    title: task.title,
    text: task.text,
    section: sectionLabel(task.section_number, task.section_title),
    leadUnits: names('lead'),
    responsibleUnits: names('responsible'),
    cooperatingUnits: names('cooperating'),
  };
}

/**
 * The document's tasks in comparable form, with unit names mapped to the registry names they
 * resolve to (so a plan that writes 审批服务局 for 审批服务管理局 is not a change).
 */
export function taskContentOfDocument(document: PlanDocument, canonicalName: (name: string) => string): TaskContent[] {
  return document.sections.flatMap((section) =>
    section.tasks.map((task) => ({
      number: task.number,
      title: task.title,
      text: task.text,
      section: sectionLabel(section.number, section.title),
      leadUnits: task.leadUnits.map(canonicalName),
      responsibleUnits: task.responsibleUnits.map(canonicalName),
      cooperatingUnits: task.cooperatingUnits.map(canonicalName),
    })),
  );
}

export function indicatorContentOfDocument(document: PlanDocument): IndicatorContent[] {
  return document.indicators.map((i) => ({ number: i.number, name: i.name, unit: i.unit, attribute: i.attribute, direction: i.direction, targets: i.targets }));
}

export async function currentPlanContent(repos: Repositories, planId: string | null): Promise<{ tasks: TaskContent[]; indicators: IndicatorContent[] }> {
  if (!planId) return { tasks: [], indicators: [] };
  const [tasks, indicators] = await Promise.all([repos.plans.listTasks(planId), repos.plans.listIndicators(planId, { origin: 'table' })]);
  return {
    tasks: tasks.map(taskContentOfRow),
    indicators: indicators.map((i) => ({ number: i.number, name: i.name, unit: i.unit, attribute: i.attribute, direction: i.direction, targets: i.targets })),
  };
}
