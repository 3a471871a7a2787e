import type { Repositories } from '../../db/store';
import { summarizeGoalEntries, type GoalEntryChanges, type GoalEntryStep } from '../../domain/indicators/goal-indicator-changes';
import { compareIndicators, compareTasks, type ItemChanges } from '../../domain/plans/plan-changes';
import { planYearsOf } from '../../domain/plans/plan-years';
import { resolveUnits, type UnitResolution } from '../../domain/plans/resolve-units';
import { PlanDocumentSchema, type PlanDocument } from '../../parser';
import { currentPlanContent, indicatorContentOfDocument, taskContentOfDocument } from './plan-content-of';
import { planGoalIndicators } from './sync-goal-indicators';

export interface ImportDescription {
  importId: string;
  fileName: string;
  planId: string | null;
  confirmedAt: string | null;
  document: PlanDocument;
  units: UnitResolution[];
  changes: { tasks: ItemChanges; indicators: ItemChanges; goals: GoalEntryChanges };
}

/** A stored import as describeImport reads it. */
export interface ImportRow {
  id: string;
  region_id: string;
  plan_id: string | null;
  file_name: string;
  document: unknown;
  created_at: Date;
  confirmed_at: Date | null;
}

/**
 * An import worked out: its description, and what the confirm writes that the description only
 * summarises — the plan's years and the goal entries' steps. The confirm applies these very
 * steps, so the preview cannot show other goal entries than the confirm writes.
 */
export interface PreparedImport {
  description: ImportDescription;
  years: { startYear: number; endYear: number };
  goalSteps: GoalEntryStep[];
}

/** How the document maps onto the registry and the plan it would update. */
export async function describeImport(repos: Repositories, row: ImportRow, unitOverrides: Readonly<Record<string, string>> = {}): Promise<ImportDescription> {
  return (await prepareImport(repos, row, unitOverrides)).description;
}

/** describeImport, with the writes the confirm makes from it. */
export async function prepareImport(repos: Repositories, row: ImportRow, unitOverrides: Readonly<Record<string, string>> = {}): Promise<PreparedImport> {
  // Validated on read: a stored document must still match the format this code understands.
  const document = PlanDocumentSchema.parse(row.document);
  const registry = await repos.org.listUnits(row.region_id);
  const units = resolveUnits(document.units, registry, unitOverrides);
  const canonical = new Map<string, string>();
  document.units.forEach((unit, index) => {
    const resolution = units[index]!;
    const registryName = resolution.status === 'matched' ? resolution.registryName : resolution.name;
    for (const name of [unit.name, ...unit.aliases]) canonical.set(name, registryName);
  });
  const current = await currentPlanContent(repos, row.plan_id);
  // Without years in the document, the upload's year: the same at preview and at confirm.
  const years = planYearsOf(document, row.created_at.getUTCFullYear());
  const goalSteps = await planGoalIndicators(repos, row.plan_id, document, years);
  const description: ImportDescription = {
    importId: row.id,
    fileName: row.file_name,
    planId: row.plan_id,
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    document,
    units,
    changes: {
      tasks: compareTasks(current.tasks, taskContentOfDocument(document, (name) => canonical.get(name) ?? name)),
      indicators: compareIndicators(current.indicators, indicatorContentOfDocument(document)),
      goals: summarizeGoalEntries(goalSteps),
    },
  };
  return { description, years, goalSteps };
}
