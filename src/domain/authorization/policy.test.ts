import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles';
import { ACTIONS, can, type Action, type Actor, type Resource } from './policy';

const REGION = 'region-a';
const actor = (role: Role, overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  login: 'u',
  roles: [role],
  unitId: 'unit-1',
  regionId: REGION,
  ...overrides,
});
const NOTICE_ACTIONS: readonly Action[] = ['supervision.close', 'supervision.view', 'supervision.sign', 'supervision.respond'];
const resourceFor = (action: Action, regionId = REGION): Resource =>
  NOTICE_ACTIONS.includes(action)
    ? { kind: 'notice', regionId, unitId: 'unit-1' }
    : action.startsWith('audit.')
    ? { kind: 'audit_log' }
    : action === 'workspace.read'
      ? { kind: 'unit', regionId, unitId: 'unit-1' }
      : action.startsWith('report.')
        ? { kind: 'report', regionId, unitId: 'unit-1', leadUnitIds: [] }
        : action.startsWith('indicator.')
          ? { kind: 'indicator', regionId, providerUnitId: 'unit-1' }
          : { kind: 'region', regionId };

/** The whole matrix, so a change to any rule shows up here as a one-cell diff. */
const ALLOWED: Record<Action, Role[]> = {
  'unit.read': ['admin', 'office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'],
  'unit.manage': ['admin', 'office'],
  'account.read': ['admin'],
  'account.manage': ['admin'],
  'audit.read': ['auditor'],
  'audit.export': ['auditor'],
  'plan.read': ['office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'],
  'plan.manage': ['office'],
  'workspace.read': ['office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'],
  'period.manage': ['office'],
  'report.read': ['office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'],
  'report.write': ['unit_reporter', 'unit_head'],
  'report.approve': ['unit_head'],
  'report.review': ['office'],
  'timeliness.read': ['office', 'supervisor', 'leader'],
  'indicator.read': ['office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'],
  'indicator.enter': ['office', 'unit_reporter', 'unit_head'],
  'indicator.review': ['office'],
  'indicator.manage': ['office'],
  // cockpit (issue 7)
  'cockpit.read': ['office', 'supervisor', 'leader'],
  // Official documents (issue 8).
  'document.read': ['office', 'supervisor', 'leader'],
  'document.manage': ['office'],
  // supervision, meetings and assessment (issue 9)
  'supervision.read': ['office', 'supervisor', 'leader'],
  'supervision.issue': ['office', 'supervisor'],
  'supervision.close': ['office', 'supervisor'],
  'supervision.configure': ['office', 'supervisor'],
  'supervision.view': ['office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'],
  'supervision.sign': ['unit_reporter', 'unit_head'],
  'supervision.respond': ['unit_reporter', 'unit_head'],
  'meeting.read': ['office', 'supervisor', 'leader'],
  'meeting.manage': ['office'],
  'assessment.read': ['office', 'leader'],
  'assessment.manage': ['office'],
};

describe('authorization policy', () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const expected = ALLOWED[action].includes(role);
      it(`${expected ? 'allows' : 'denies'} ${role} ${action}`, () => {
        expect(can(actor(role), action, resourceFor(action))).toBe(expected);
      });
    }
  }

  it('denies every county-scoped action on another county', () => {
    for (const action of ACTIONS.filter((a) => !a.startsWith('audit.'))) {
      for (const role of ROLES) expect(can(actor(role), action, resourceFor(action, 'region-b'))).toBe(false);
    }
  });

  it('lets a deployment-wide admin manage accounts and units of any county', () => {
    const root = actor('admin', { regionId: null, unitId: null });
    expect(can(root, 'account.manage', { kind: 'region', regionId: 'region-b' })).toBe(true);
    expect(can(root, 'unit.manage', { kind: 'region', regionId: 'region-b' })).toBe(true);
  });

  it('lets only a deployment-wide admin reach every county at once', () => {
    expect(can(actor('admin', { regionId: null }), 'account.read', { kind: 'deployment' })).toBe(true);
    expect(can(actor('admin'), 'account.read', { kind: 'deployment' })).toBe(false);
    expect(can(actor('office', { regionId: null }), 'account.read', { kind: 'deployment' })).toBe(false);
  });

  it("keeps a unit's workspace to its own people (and the county-wide roles)", () => {
    const other: Resource = { kind: 'unit', regionId: REGION, unitId: 'unit-2' };
    expect(can(actor('unit_reporter'), 'workspace.read', other)).toBe(false);
    expect(can(actor('unit_head'), 'workspace.read', other)).toBe(false);
    expect(can(actor('office'), 'workspace.read', other)).toBe(true);
  });

  it("keeps a unit's reports from other units, except the lead unit of the task", () => {
    const report: Resource = { kind: 'report', regionId: REGION, unitId: 'unit-2', leadUnitIds: ['unit-1'] };
    expect(can(actor('unit_reporter'), 'report.read', report)).toBe(true);
    expect(can(actor('unit_reporter'), 'report.write', report)).toBe(false);
    expect(can(actor('unit_head'), 'report.approve', report)).toBe(false);
    expect(can(actor('unit_reporter', { unitId: 'unit-3' }), 'report.read', report)).toBe(false);
  });

  it('lets only the providing unit (and the office) enter an indicator’s values', () => {
    const other: Resource = { kind: 'indicator', regionId: REGION, providerUnitId: 'unit-2' };
    expect(can(actor('unit_reporter'), 'indicator.enter', other)).toBe(false);
    expect(can(actor('office'), 'indicator.enter', other)).toBe(true);
    expect(can(actor('unit_reporter'), 'indicator.enter', { kind: 'indicator', regionId: REGION, providerUnitId: null })).toBe(false);
  });

  it("keeps a notice to the addressed unit: another unit neither reads, signs nor responds", () => {
    const other: Resource = { kind: 'notice', regionId: REGION, unitId: 'unit-2' };
    for (const action of ['supervision.view', 'supervision.sign', 'supervision.respond'] as const) {
      expect(can(actor('unit_reporter'), action, other), action).toBe(false);
      expect(can(actor('unit_head'), action, other), action).toBe(false);
    }
    expect(can(actor('supervisor'), 'supervision.view', other)).toBe(true);
    expect(can(actor('supervisor'), 'supervision.respond', other)).toBe(false);
  });

  it('denies an account without roles everything', () => {
    const nobody = actor('office', { roles: [] });
    for (const action of ACTIONS) expect(can(nobody, action, resourceFor(action))).toBe(false);
  });
});
