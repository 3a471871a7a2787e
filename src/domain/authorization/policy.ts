import type { Role } from '../roles';

/**
 * The one answer to "may this account do this action to this object". Deny by default:
 * an action is allowed only when a rule below says so. Every route and service asks here.
 *
 * Separation of duties (等保 2.0): `admin` manages accounts and units but touches no business
 * data; `auditor` reads the audit log and nothing else; `leader` reads only.
 */
export interface Actor {
  userId: string;
  login: string;
  roles: readonly Role[];
  unitId: string | null;
  /** null: a deployment-wide account (the first admin), not tied to one county. */
  regionId: string | null;
}

export type Resource =
  /** Something that belongs to a county as a whole: its units, accounts, plans. */
  | { kind: 'region'; regionId: string }
  /** Something owned by one unit of a county: its workspace, its reports. */
  | { kind: 'unit'; regionId: string; unitId: string }
  /** The deployment's audit trail. */
  | { kind: 'audit_log' }
  /** Everything on this deployment, every county: only deployment-wide accounts reach it. */
  | { kind: 'deployment' }
  /** A progress report owned by one unit, on a task led by `leadUnitIds`. */
  | { kind: 'report'; regionId: string; unitId: string; leadUnitIds: readonly string[] }
  /** An indicator of a plan, whose actual values `providerUnitId` supplies. */
  | { kind: 'indicator'; regionId: string; providerUnitId: string | null }
  // supervision (issue 9)
  /** A supervision notice (督办单) addressed to one unit. */
  | { kind: 'notice'; regionId: string; unitId: string };

export const ACTIONS = [
  'unit.read',
  'unit.manage',
  'account.read',
  'account.manage',
  'audit.read',
  'audit.export',
  'plan.read',
  'plan.manage',
  'workspace.read',
  'period.manage',
  'report.read',
  'report.write',
  'report.approve',
  'report.review',
  'timeliness.read',
  'indicator.read',
  'indicator.enter',
  'indicator.review',
  'indicator.manage',
  // cockpit (issue 7)
  'cockpit.read',
  // Official documents (issue 8).
  'document.read',
  'document.manage',
  // supervision, meetings and assessment (issue 9)
  'supervision.read',
  'supervision.issue',
  'supervision.close',
  'supervision.configure',
  'supervision.view',
  'supervision.sign',
  'supervision.respond',
  'meeting.read',
  'meeting.manage',
  'assessment.read',
  'assessment.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = (actor: Actor, resource: Resource) => boolean;

const has = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role));

/** Same county; a deployment-wide account reaches every county. */
const inRegion = (actor: Actor, resource: Resource): boolean =>
  resource.kind === 'deployment'
    ? actor.regionId === null
    : resource.kind !== 'audit_log' && (actor.regionId === null || actor.regionId === resource.regionId);

/** Roles that read a county's plan and its organisation. */
const BUSINESS_ROLES: Role[] = ['office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'];

const ownUnit = (a: Actor, r: Resource) => r.kind === 'report' && a.unitId !== null && a.unitId === r.unitId;

const RULES: Record<Action, Rule> = {
  'unit.read': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'admin', ...BUSINESS_ROLES),
  'unit.manage': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'admin', 'office'),
  'account.read': (a, r) => (r.kind === 'region' || r.kind === 'deployment') && inRegion(a, r) && has(a, 'admin'),
  'account.manage': (a, r) => (r.kind === 'region' || r.kind === 'deployment') && inRegion(a, r) && has(a, 'admin'),
  'audit.read': (a, r) => r.kind === 'audit_log' && has(a, 'auditor'),
  'audit.export': (a, r) => r.kind === 'audit_log' && has(a, 'auditor'),
  'plan.read': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, ...BUSINESS_ROLES),
  'plan.manage': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office'),
  // A unit's workspace: its own people, and the county-wide roles that oversee every unit.
  'workspace.read': (a, r) =>
    r.kind === 'unit' &&
    inRegion(a, r) &&
    (has(a, 'office', 'supervisor', 'leader') || (has(a, 'unit_reporter', 'unit_head') && a.unitId === r.unitId)),
  'period.manage': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office'),
  // A unit's own reports; the lead unit of a task also reads its responsible units' reports.
  'report.read': (a, r) =>
    r.kind === 'report' &&
    inRegion(a, r) &&
    (has(a, 'office', 'supervisor', 'leader') ||
      (has(a, 'unit_reporter', 'unit_head') && (ownUnit(a, r) || (a.unitId !== null && r.leadUnitIds.includes(a.unitId))))),
  'report.write': (a, r) => inRegion(a, r) && ownUnit(a, r) && has(a, 'unit_reporter', 'unit_head'),
  'report.approve': (a, r) => inRegion(a, r) && ownUnit(a, r) && has(a, 'unit_head'),
  'report.review': (a, r) => r.kind === 'report' && inRegion(a, r) && has(a, 'office'),
  // Who reported on time across the county: the roles that oversee every unit.
  'timeliness.read': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office', 'supervisor', 'leader'),
  'indicator.read': (a, r) => r.kind === 'indicator' && inRegion(a, r) && has(a, ...BUSINESS_ROLES),
  // The providing unit enters its indicators' values; the office may enter any on its behalf.
  'indicator.enter': (a, r) =>
    r.kind === 'indicator' &&
    inRegion(a, r) &&
    (has(a, 'office') || (has(a, 'unit_reporter', 'unit_head') && a.unitId !== null && a.unitId === r.providerUnitId)),
  'indicator.review': (a, r) => r.kind === 'indicator' && inRegion(a, r) && has(a, 'office'),
  'indicator.manage': (a, r) => r.kind === 'indicator' && inRegion(a, r) && has(a, 'office'),
  // cockpit (issue 7): the leadership's view of the whole plan, for the roles that oversee every unit.
  'cockpit.read': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'leader', 'office', 'supervisor'),
  // Official documents (issue 8): the office drafts, numbers and issues; the county's leaders
  // and the supervision office read them (drafts included, for the quarterly meeting).
  'document.read': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office', 'supervisor', 'leader'),
  'document.manage': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office'),
  // --- supervision, meetings and assessment (issue 9) ---
  // Lights and every notice of the county: the roles that oversee every unit.
  'supervision.read': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office', 'supervisor', 'leader'),
  // The supervision office (督查室) and the leading group's office issue notices, close them or send them back.
  'supervision.issue': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office', 'supervisor'),
  'supervision.close': (a, r) => r.kind === 'notice' && inRegion(a, r) && has(a, 'office', 'supervisor'),
  'supervision.configure': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office', 'supervisor'),
  // One notice: the county-wide roles, and the addressed unit's own people.
  'supervision.view': (a, r) =>
    r.kind === 'notice' && inRegion(a, r) && (has(a, 'office', 'supervisor', 'leader') || (has(a, 'unit_reporter', 'unit_head') && a.unitId === r.unitId)),
  'supervision.sign': (a, r) => r.kind === 'notice' && inRegion(a, r) && has(a, 'unit_reporter', 'unit_head') && a.unitId === r.unitId,
  'supervision.respond': (a, r) => r.kind === 'notice' && inRegion(a, r) && has(a, 'unit_reporter', 'unit_head') && a.unitId === r.unitId,
  // Quarterly work meetings: the office holds them; leaders and the supervision office read them.
  'meeting.read': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office', 'supervisor', 'leader'),
  'meeting.manage': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office'),
  // The annual assessment: the office scores (scheme, ratings, adjustments); leaders read.
  'assessment.read': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office', 'leader'),
  'assessment.manage': (a, r) => r.kind === 'region' && inRegion(a, r) && has(a, 'office'),
};

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  const rule = RULES[action];
  return rule !== undefined && rule(actor, resource);
}
