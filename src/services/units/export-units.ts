import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { writeUnitsXlsx } from '../../documents/units-xlsx';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';

/** The county's unit registry as .xlsx (also the import template). Every export is audited. */
export async function exportUnits(store: Store, actor: Actor, regionId: string, ctx: RequestContext): Promise<{ fileName: string; bytes: Buffer }> {
  authorize(actor, 'unit.manage', { kind: 'region', regionId });
  const region = await store.repos.org.findRegion(regionId);
  if (!region) throw new DomainError('not_found', 'No such county.');
  const [units, members] = await Promise.all([store.repos.org.listUnits(regionId), store.repos.org.listGroupMembers(regionId)]);
  const nameOf = new Map(units.map((unit) => [unit.id, unit.name]));
  const bytes = await writeUnitsXlsx(
    region.name,
    units.map((unit) => ({
      name: unit.name,
      kind: unit.kind,
      aliases: unit.aliases,
      parentName: unit.parent_id ? (nameOf.get(unit.parent_id) ?? null) : null,
      memberNames: (members.get(unit.id) ?? []).map((id) => nameOf.get(id) ?? id),
      isActive: unit.is_active,
    })),
    ctx.now,
  );
  await store.transaction((repos) =>
    recordAudit(repos, ctx, actor, { action: 'unit.export', outcome: 'success', object: { type: 'region', id: regionId }, details: { rows: units.length } }),
  );
  return { fileName: `${region.name}单位名录.xlsx`, bytes };
}
