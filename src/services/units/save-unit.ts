import type { UnitRow } from '../../db/schema';
import type { Repositories, Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { findNameClashes, normaliseUnitName, wouldCreateCycle, type UnitKind } from '../../domain/units/unit-rules';
import { diffFields, recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { toUnitView, type UnitView } from './unit-view';

export interface UnitInput {
  name: string;
  kind: UnitKind;
  aliases?: string[] | undefined;
  parentId?: string | null | undefined;
  isActive?: boolean | undefined;
  sortOrder?: number | undefined;
  /** Groups only: the member units. */
  memberIds?: string[] | undefined;
}

/** English for logs and scripts; `messageZh` for the clerk (shown in import problem lists). */
const invalid = (field: string, message: string, messageZh: string) =>
  new DomainError('validation_failed', message, { fields: [{ field, message }], messageZh });

/** Checks a unit against the county's registry; returns the cleaned aliases. */
export function validateUnit(id: string, input: UnitInput, units: readonly UnitRow[]): string[] {
  const name = input.name.trim();
  if (name === '') throw invalid('name', 'A unit needs a name.', '单位名称不能为空');
  const aliases = [...new Set((input.aliases ?? []).map((alias) => alias.trim()).filter((alias) => alias !== '' && normaliseUnitName(alias) !== normaliseUnitName(name)))];
  const clashes = findNameClashes({ id, name, aliases }, units);
  if (clashes.length > 0) {
    throw new DomainError('conflict', `Another unit already uses the name ${clashes.join(', ')}.`, {
      names: clashes,
      messageZh: `名称“${clashes.join('、')}”已被其他单位使用（作为名称或别名）`,
    });
  }
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  if (input.parentId) {
    if (!byId.has(input.parentId)) throw invalid('parentId', 'The parent unit does not exist in this county.', '上级单位不存在');
    const parentOf = new Map(units.map((unit) => [unit.id, unit.parent_id]));
    if (wouldCreateCycle(id, input.parentId, parentOf)) throw invalid('parentId', 'A unit cannot be its own ancestor.', '上级单位不能是本单位或其下级单位');
  }
  if (input.memberIds && input.memberIds.length > 0) {
    if (input.kind !== 'group') throw invalid('memberIds', 'Only a group has member units.', '只有单位组才能有成员单位');
    for (const memberId of input.memberIds) {
      const member = byId.get(memberId);
      if (!member || member.kind === 'group' || memberId === id) throw invalid('memberIds', 'Members must be units (not groups) of this county.', '成员必须是本县的单位（不能是单位组）');
    }
  }
  return aliases;
}

async function audit(repos: Repositories, ctx: RequestContext, actor: Actor, action: string, id: string, details: Record<string, unknown>) {
  await recordAudit(repos, ctx, actor, { action, outcome: 'success', object: { type: 'unit', id }, details });
}

/** Creates a unit (or group) in the county's registry. */
export async function createUnit(store: Store, actor: Actor, regionId: string, input: UnitInput, ctx: RequestContext): Promise<UnitView> {
  authorize(actor, 'unit.manage', { kind: 'region', regionId });
  return store.transaction(async (repos) => {
    const units = await repos.org.listUnits(regionId);
    const aliases = validateUnit('(new)', input, units);
    const [created] = await repos.org.insertUnits(regionId, [
      { name: input.name.trim(), kind: input.kind, aliases, parentId: input.parentId ?? null, sortOrder: input.sortOrder ?? units.length },
    ]);
    if (input.memberIds?.length) await repos.org.addGroupMembers(created!.id, input.memberIds);
    await audit(repos, ctx, actor, 'unit.create', created!.id, { after: { ...input, aliases } });
    return toUnitView(created!, new Map([[created!.id, input.memberIds ?? []]]));
  });
}

/** Changes a unit; the change and its before/after values are audited together. */
export async function updateUnit(store: Store, actor: Actor, unitId: string, input: Partial<UnitInput>, ctx: RequestContext): Promise<UnitView> {
  return store.transaction(async (repos) => {
    const unit = await repos.org.findUnit(unitId);
    if (!unit || (actor.regionId !== null && unit.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such unit.');
    authorize(actor, 'unit.manage', { kind: 'region', regionId: unit.region_id });
    const units = await repos.org.listUnits(unit.region_id);
    const members = await repos.org.listGroupMembers(unit.region_id);
    const merged: UnitInput = {
      name: input.name ?? unit.name,
      kind: input.kind ?? unit.kind,
      aliases: input.aliases ?? unit.aliases,
      parentId: input.parentId === undefined ? unit.parent_id : input.parentId,
      memberIds: input.memberIds ?? members.get(unit.id) ?? [],
    };
    if (merged.kind !== 'group' && (members.get(unit.id)?.length ?? 0) > 0 && input.memberIds === undefined) {
      throw invalid('kind', 'Remove the members of this group before changing its kind.', '请先移除该单位组的成员，再修改类型');
    }
    const aliases = validateUnit(unit.id, merged, units);
    const before = { name: unit.name, kind: unit.kind, aliases: unit.aliases, parentId: unit.parent_id, isActive: unit.is_active, sortOrder: unit.sort_order, memberIds: members.get(unit.id) ?? [] };
    const after = { name: input.name?.trim(), kind: input.kind, aliases: input.aliases ? aliases : undefined, parentId: input.parentId, isActive: input.isActive, sortOrder: input.sortOrder, memberIds: input.memberIds };
    await repos.org.updateUnit(unit.id, {
      name: merged.name.trim(),
      kind: merged.kind,
      aliases,
      parent_id: merged.parentId ?? null,
      ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
      ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}),
      updated_at: ctx.now,
    });
    if (input.memberIds !== undefined) await repos.org.setGroupMembers(unit.id, input.memberIds);
    const changes = diffFields(before, after);
    if (Object.keys(changes).length > 0) await audit(repos, ctx, actor, 'unit.update', unit.id, { changes });
    const saved = (await repos.org.findUnit(unit.id))!;
    return toUnitView(saved, new Map([[unit.id, input.memberIds ?? members.get(unit.id) ?? []]]));
  });
}
