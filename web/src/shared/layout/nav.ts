import type { Role } from '../api/account';
import { NAV_ENTRIES, type AreaKey, type NavArea, type NavEntry } from './nav-areas';

/** Whether an account with these roles may use the area. */
export function canUseArea(area: NavArea, roles: readonly Role[]): boolean {
  return area.roles === 'everyone' || area.roles.some((role) => roles.includes(role));
}

/**
 * The navigation an account sees: areas its roles allow, and groups that keep at least one.
 *
 * @example navFor(['auditor']) // [home, { admin group: [audit] }]
 */
export function navFor(roles: readonly Role[], entries: readonly NavEntry[] = NAV_ENTRIES): NavEntry[] {
  return entries.flatMap((entry): NavEntry[] => {
    if (entry.kind === 'area') return canUseArea(entry, roles) ? [entry] : [];
    const children = entry.children.filter((child) => canUseArea(child, roles));
    return children.length > 0 ? [{ ...entry, children }] : [];
  });
}

/** Every area an account may use, groups flattened, in menu order. */
export function areasFor(roles: readonly Role[], entries: readonly NavEntry[] = NAV_ENTRIES): NavArea[] {
  return navFor(roles, entries).flatMap((entry) => (entry.kind === 'area' ? [entry] : entry.children));
}

/**
 * The area a URL belongs to, for highlighting the menu: the longest area path that is the
 * pathname or a parent of it ('/reports' for '/reports/42'); '/' only matches itself.
 */
export function areaAt(pathname: string, entries: readonly NavEntry[] = NAV_ENTRIES): NavArea | undefined {
  const areas = entries.flatMap((entry) => (entry.kind === 'area' ? [entry] : entry.children));
  const matches = areas.filter(
    (area) => pathname === area.path || (area.path !== '/' && pathname.startsWith(`${area.path}/`)),
  );
  return matches.sort((a, b) => b.path.length - a.path.length)[0];
}

/** The group holding an area, to open its submenu. */
export function groupOf(key: AreaKey, entries: readonly NavEntry[] = NAV_ENTRIES): NavEntry['key'] | undefined {
  return entries.find((entry) => entry.kind === 'group' && entry.children.some((child) => child.key === key))?.key;
}
