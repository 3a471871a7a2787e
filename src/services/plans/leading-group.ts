import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { diffFields, recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';

export interface LeadingGroupInput {
  name: string;
  officeUnitId: string | null;
  members: Array<{ position: 'head' | 'deputy_head' | 'member'; personTitle: string | null; unitId: string | null }>;
}

async function loadPlan(store: Store, actor: Actor, planId: string) {
  const plan = await store.repos.plans.findPlan(planId);
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
  return plan;
}

/** The plan's leading group: its name, the unit hosting its office, head, deputy heads and member units. */
export async function getLeadingGroup(store: Store, actor: Actor, planId: string) {
  const plan = await loadPlan(store, actor, planId);
  // An organisation fact, like the unit registry: readable by whoever reads the registry.
  authorize(actor, 'unit.read', { kind: 'region', regionId: plan.region_id });
  const group = await store.repos.plans.findLeadingGroup(planId);
  return {
    name: group?.name ?? '',
    officeUnitId: group?.office_unit_id ?? plan.office_unit_id,
    members: (group?.members ?? []).map((m) => ({ position: m.position, personTitle: m.person_title, unitId: m.unit_id })),
  };
}

/**
 * Every plan of the county with its leading group, for the organisation pages (the admin sees no
 * plan content, but the leading group is an organisation fact it maintains).
 */
export async function listLeadingGroups(store: Store, actor: Actor, regionId: string) {
  authorize(actor, 'unit.read', { kind: 'region', regionId });
  const plans = await store.repos.plans.listPlans(regionId);
  return Promise.all(plans.map(async (plan) => ({ planId: plan.id, planTitle: plan.title, group: await getLeadingGroup(store, actor, plan.id) })));
}

/** The office or the admin sets the leading group (an organisation fact, so admin may too). */
export async function saveLeadingGroup(store: Store, actor: Actor, planId: string, input: LeadingGroupInput, ctx: RequestContext) {
  return store.transaction(async (repos) => {
    const plan = await repos.plans.findPlan(planId);
    if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
    authorize(actor, 'unit.manage', { kind: 'region', regionId: plan.region_id });
    const unitIds = [input.officeUnitId, ...input.members.map((m) => m.unitId)].filter((id): id is string => id !== null);
    const known = new Set((await repos.org.listUnits(plan.region_id)).map((u) => u.id));
    if (unitIds.some((id) => !known.has(id))) throw new DomainError('validation_failed', 'A unit of the leading group is not in this county.', { fields: [{ field: 'members', message: 'unknown unit' }] });
    if (input.members.some((m) => m.unitId === null && !m.personTitle)) {
      throw new DomainError('validation_failed', 'Each member is a person (title) or a unit.', { fields: [{ field: 'members', message: 'empty member' }] });
    }
    const before = await repos.plans.findLeadingGroup(planId);
    await repos.plans.setLeadingGroup(planId, input.name, input.officeUnitId, ctx.now);
    const group = (await repos.plans.findLeadingGroup(planId))!;
    await repos.plans.replaceLeadingGroupMembers(planId, group.id, input.members);
    await repos.plans.updatePlan(planId, { officeUnitId: input.officeUnitId });
    await recordAudit(repos, ctx, actor, {
      action: 'plan.leading_group',
      outcome: 'success',
      object: { type: 'plan', id: planId },
      details: {
        changes: diffFields(
          { name: before?.name ?? null, officeUnitId: before?.office_unit_id ?? null, members: (before?.members ?? []).map((m) => [m.position, m.person_title, m.unit_id]) },
          { name: input.name, officeUnitId: input.officeUnitId, members: input.members.map((m) => [m.position, m.personTitle, m.unitId]) },
        ),
      },
    });
    // Not re-read through `store`: inside a transaction only `repos` may be used (PGlite is one connection).
    return { name: input.name, officeUnitId: input.officeUnitId, members: input.members };
  });
}
