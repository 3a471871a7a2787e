import type { PlanRow } from '../../db/schema';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { authorize } from '../authorize';

export interface PlanSummaryView {
  id: string;
  code: string;
  title: string;
  documentNumber: string | null;
  startYear: number;
  endYear: number;
  status: PlanRow['status'];
  importedAt: string | null;
}

const toSummary = (plan: PlanRow): PlanSummaryView => ({
  id: plan.id,
  code: plan.code,
  title: plan.title,
  documentNumber: plan.document_number,
  startYear: plan.start_year,
  endYear: plan.end_year,
  status: plan.status,
  importedAt: plan.imported_at?.toISOString() ?? null,
});

export async function listPlans(store: Store, actor: Actor, regionId: string): Promise<PlanSummaryView[]> {
  authorize(actor, 'plan.read', { kind: 'region', regionId });
  return (await store.repos.plans.listPlans(regionId)).map(toSummary);
}

/** The plan as its 任务分解表: sections with tasks, their units and targets; goals; indicators; findings. */
export async function getPlan(store: Store, actor: Actor, planId: string) {
  const plan = await store.repos.plans.findPlan(planId);
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
  authorize(actor, 'plan.read', { kind: 'region', regionId: plan.region_id });
  const { repos } = store;
  const [sections, tasks, targets, indicators, findings] = await Promise.all([
    repos.plans.listSections(planId),
    repos.plans.listTasks(planId),
    repos.plans.listTargets(planId),
    repos.plans.listIndicators(planId, { origin: 'table' }),
    repos.plans.listFindings(planId),
  ]);
  const targetView = (t: (typeof targets)[number]) => ({
    id: t.id,
    metric: t.metric,
    comparator: t.comparator,
    value: t.value,
    maxValue: t.max_value,
    unit: t.unit,
    year: t.year,
    cadence: t.cadence,
    kind: t.kind,
    text: t.text,
    line: t.source_line,
  });
  return {
    plan: { ...toSummary(plan), officeUnitId: plan.office_unit_id, rules: plan.rules, metadata: plan.metadata },
    sections: sections.map((section) => ({
      id: section.id,
      number: section.number,
      title: section.title,
      tasks: tasks
        .filter((task) => task.section_id === section.id)
        .map((task) => ({
          id: task.id,
          number: task.number,
          title: task.title,
          text: task.text,
          line: task.source_line,
          units: task.units,
          targets: targets.filter((t) => t.task_id === task.id).map(targetView),
        })),
    })),
    goals: targets.filter((t) => t.task_id === null).map((t) => ({ ...targetView(t), theme: t.theme })),
    indicators: indicators.map((i) => ({
      id: i.id,
      number: i.number,
      name: i.name,
      unit: i.unit,
      attribute: i.attribute,
      direction: i.direction,
      targets: i.targets,
      line: i.source_line,
    })),
    findings: findings.map((f) => ({ severity: f.severity, code: f.code, message: f.message, messageZh: f.message_zh, line: f.source_line, params: f.params })),
  };
}

export type PlanView = Awaited<ReturnType<typeof getPlan>>;
