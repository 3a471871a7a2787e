import type { Repositories } from '../../db/store';
import { compareIndicators, compareTasks, type ItemChanges } from '../../domain/plans/plan-changes';
import { resolveUnits, type UnitResolution } from '../../domain/plans/resolve-units';
import { PlanDocumentSchema, type PlanDocument } from '../../parser';
import { currentPlanContent, indicatorContentOfDocument, taskContentOfDocument } from './plan-content-of';

export interface ImportDescription {
  importId: string;
  fileName: string;
  planId: string | null;
  confirmedAt: string | null;
  document: PlanDocument;
  units: UnitResolution[];
  changes: { tasks: ItemChanges; indicators: ItemChanges };
}

/** How the document maps onto the registry and the plan it would update. */
export async function describeImport(
  repos: Repositories,
  row: { id: string; region_id: string; plan_id: string | null; file_name: string; document: unknown; confirmed_at: Date | null },
  unitOverrides: Readonly<Record<string, string>> = {},
): Promise<ImportDescription> {
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
  return {
    importId: row.id,
    fileName: row.file_name,
    planId: row.plan_id,
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    document,
    units,
    changes: {
      tasks: compareTasks(current.tasks, taskContentOfDocument(document, (name) => canonical.get(name) ?? name)),
      indicators: compareIndicators(current.indicators, indicatorContentOfDocument(document)),
    },
  };
}
