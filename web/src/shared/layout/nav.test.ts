import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../api/account';
import { areaAt, areasFor, groupOf, navFor } from './nav';

const keysOf = (roles: Role[]) => areasFor(roles).map((area) => area.key);

describe('navFor / areasFor', () => {
  it('shows the workspace to every account, even one without roles', () => {
    expect(keysOf([])).toEqual(['home']);
  });

  it('gives the office every business area but report writing, and the unit registry; not accounts or the audit log', () => {
    expect(keysOf(['office'])).toEqual([
      'home', 'plan', 'review', 'timeliness', 'indicators', 'cockpit', 'documents', 'supervision', 'meetings', 'assessment', 'units', 'leadingGroups',
    ]);
  });

  it('gives a unit reporter the workspace, the plan, progress reports, indicators and its notices', () => {
    expect(keysOf(['unit_reporter'])).toEqual(['home', 'plan', 'reports', 'indicators', 'notices']);
  });

  it('gives a county leader the plan, timeliness, indicators, cockpit, documents, meetings and assessment', () => {
    expect(keysOf(['leader'])).toEqual(['home', 'plan', 'timeliness', 'indicators', 'cockpit', 'documents', 'meetings', 'assessment']);
  });

  it('gives the supervision office the plan, timeliness, indicators, cockpit, documents and supervision', () => {
    expect(keysOf(['supervisor'])).toEqual(['home', 'plan', 'timeliness', 'indicators', 'cockpit', 'documents', 'supervision']);
  });

  it('keeps link-only pages out of every menu', () => {
    for (const role of ROLES) {
      expect(keysOf([role]), role).not.toContain('report');
      expect(keysOf([role]), role).not.toContain('planImport');
      expect(keysOf([role]), role).not.toContain('notice');
    }
  });

  it('keeps the admin group with only the children a role may use', () => {
    const adminGroup = (roles: Role[]) => navFor(roles).find((entry) => entry.key === 'admin');
    expect(adminGroup(['admin'])).toMatchObject({ children: [{ key: 'units' }, { key: 'leadingGroups' }, { key: 'accounts' }] });
    expect(adminGroup(['auditor'])).toMatchObject({ children: [{ key: 'audit' }] });
    expect(adminGroup(['office'])).toMatchObject({ children: [{ key: 'units' }, { key: 'leadingGroups' }] });
    expect(adminGroup(['leader'])).toBeUndefined();
  });

  it('separates duties: the auditor sees no business area and the admin no audit log', () => {
    expect(keysOf(['auditor'])).toEqual(['home', 'audit']);
    expect(keysOf(['admin'])).toEqual(['home', 'units', 'leadingGroups', 'accounts']);
  });

  it('unions the areas of several roles without repeating one', () => {
    const keys = keysOf(['unit_reporter', 'unit_head', 'leader']);
    expect(keys).toEqual(['home', 'plan', 'reports', 'timeliness', 'indicators', 'cockpit', 'documents', 'meetings', 'assessment', 'notices']);
  });

  it('lets every role reach at least one area beyond the workspace', () => {
    for (const role of ROLES) expect(keysOf([role]).length, role).toBeGreaterThan(1);
  });
});

describe('administration areas', () => {
  it('are open, each at its own path under /admin', () => {
    for (const key of ['units', 'accounts', 'audit']) {
      const area = areasFor(['admin', 'auditor']).find((candidate) => candidate.key === key);
      expect(area, key).toMatchObject({ available: true });
      expect(area?.path.startsWith('/admin/'), key).toBe(true);
    }
  });
});

describe('areaAt', () => {
  it('matches an area by its path or a page below it', () => {
    expect(areaAt('/reports')?.key).toBe('reports');
    expect(areaAt('/plan/3f2a')?.key).toBe('plan');
    expect(areaAt('/admin/audit')?.key).toBe('audit');
  });

  it('prefers the most specific area: a pattern over its parent, a literal over a pattern', () => {
    expect(areaAt('/reports/2025-q2')?.key).toBe('report');
    expect(areaAt('/plan/import')?.key).toBe('planImport');
  });

  it('guards a link-only page by its own roles, while the menu highlights its parent', () => {
    // The office opens reports from the review queue, though 进度填报 is not in its menu.
    expect(areaAt('/reports/42')?.roles).toContain('office');
    expect(areaAt('/reports/42', navFor(['unit_reporter']))?.key).toBe('reports');
    expect(areaAt('/plan/import', navFor(['office']))?.key).toBe('plan');
  });

  it('matches the workspace only at the root', () => {
    expect(areaAt('/')?.key).toBe('home');
    expect(areaAt('/nowhere')).toBeUndefined();
  });

  it('does not match a path that merely starts with the same letters', () => {
    expect(areaAt('/reportsx')).toBeUndefined();
  });
});

describe('groupOf', () => {
  it('finds the group of a nested area, none for a top-level one', () => {
    expect(groupOf('accounts')).toBe('admin');
    expect(groupOf('reports')).toBeUndefined();
  });
});
