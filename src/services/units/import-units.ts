import type { UnitRow } from '../../db/schema';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { normaliseUnitName } from '../../domain/units/unit-rules';
import { readUnitsXlsx, type SheetProblem, type UnitSheetRow } from '../../documents/units-xlsx';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { validateUnit } from './save-unit';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

const messageForClerk = (error: DomainError) => (typeof error.details?.messageZh === 'string' ? error.details.messageZh : error.message);

const rejected = (problems: SheetProblem[]) =>
  new DomainError('validation_failed', `The workbook has ${problems.length} problem(s); nothing was imported.`, { problems });

/**
 * Imports an edited unit registry (.xlsx): rows match existing units by name or alias and update
 * them; new names are added. All or nothing: any problem rejects the whole file, with the row
 * and column of each problem, and nothing is saved.
 */
export async function importUnits(store: Store, actor: Actor, regionId: string, bytes: Uint8Array, ctx: RequestContext): Promise<ImportSummary> {
  authorize(actor, 'unit.manage', { kind: 'region', regionId });
  const { rows, problems } = await readUnitsXlsx(bytes);
  if (problems.length > 0) throw rejected(problems);
  if (rows.length === 0) throw rejected([{ row: 0, column: '', message: '工作簿中没有单位' }]);
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = normaliseUnitName(row.name);
    if (seen.has(key)) problems.push({ row: row.sheetRow ?? 0, column: 'A', message: `单位“${row.name}”与第 ${seen.get(key)} 行重复` });
    seen.set(key, row.sheetRow ?? 0);
  }
  if (problems.length > 0) throw rejected(problems);

  return store.transaction(async (repos) => {
    const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0 };
    let units = await repos.org.listUnits(regionId);
    const find = (name: string): UnitRow | undefined =>
      units.find((u) => [u.name, ...u.aliases].some((n) => normaliseUnitName(n) === normaliseUnitName(name)));

    // Pass 1: names, kinds, aliases and active flags; new units are created.
    const rowUnits: Array<[UnitSheetRow, UnitRow]> = [];
    for (const row of rows) {
      const existing = find(row.name);
      // A row that names a unit by its alias would rename the unit: ask for the registered name.
      if (existing && normaliseUnitName(existing.name) !== normaliseUnitName(row.name)) {
        problems.push({ row: row.sheetRow ?? 0, column: 'A', message: `“${row.name}”是单位“${existing.name}”的别名，请使用单位名称` });
        continue;
      }
      try {
        const aliases = validateUnit(existing?.id ?? '(new)', { name: row.name, kind: row.kind, aliases: row.aliases }, units);
        if (existing) {
          const changed = existing.kind !== row.kind || existing.is_active !== row.isActive || existing.aliases.join('、') !== aliases.join('、') || existing.name !== row.name;
          if (changed) await repos.org.updateUnit(existing.id, { name: row.name, kind: row.kind, aliases, is_active: row.isActive, updated_at: ctx.now });
          summary[changed ? 'updated' : 'unchanged'] += 1;
        } else {
          await repos.org.insertUnits(regionId, [{ name: row.name, kind: row.kind, aliases, sortOrder: units.length }]);
          summary.created += 1;
        }
        units = await repos.org.listUnits(regionId);
        rowUnits.push([row, find(row.name)!]);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problems.push({ row: row.sheetRow ?? 0, column: 'A', message: messageForClerk(error) });
      }
    }
    // Pass 2: parents and group members, now that every named unit exists.
    const members = await repos.org.listGroupMembers(regionId);
    for (const [row, unit] of rowUnits) {
      const parent = row.parentName ? find(row.parentName) : null;
      if (row.parentName && !parent) problems.push({ row: row.sheetRow ?? 0, column: 'D', message: `上级单位“${row.parentName}”不存在` });
      const memberUnits = row.memberNames.map((name) => [name, find(name)] as const);
      for (const [name, member] of memberUnits) {
        if (!member) problems.push({ row: row.sheetRow ?? 0, column: 'E', message: `成员单位“${name}”不存在` });
      }
      const memberIds = memberUnits.flatMap(([, member]) => (member ? [member.id] : []));
      try {
        validateUnit(unit.id, { name: unit.name, kind: unit.kind, aliases: unit.aliases, parentId: parent?.id ?? null, memberIds }, units);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problems.push({ row: row.sheetRow ?? 0, column: row.memberNames.length ? 'E' : 'D', message: messageForClerk(error) });
        continue;
      }
      if ((parent?.id ?? null) !== unit.parent_id) await repos.org.updateUnit(unit.id, { parent_id: parent?.id ?? null, updated_at: ctx.now });
      const before = [...(members.get(unit.id) ?? [])].sort().join();
      if (unit.kind === 'group' && before !== [...memberIds].sort().join()) await repos.org.setGroupMembers(unit.id, memberIds);
    }
    if (problems.length > 0) throw rejected(problems);
    await recordAudit(repos, ctx, actor, { action: 'unit.import', outcome: 'success', object: { type: 'region', id: regionId }, details: { ...summary } });
    return summary;
  });
}
