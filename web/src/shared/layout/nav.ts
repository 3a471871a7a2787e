import type { Role } from '../api/account';
import { NAV_ENTRIES, type AreaKey, type NavArea, type NavEntry } from './nav-areas';

/** Whether an account with these roles may use the area. */
export function canUseArea(area: NavArea, roles: readonly Role[]): boolean {
  return area.roles === 'everyone' || area.roles.some((role) => roles.includes(role));
}

const inMenuFor = (roles: readonly Role[]) => (area: NavArea) => area.inMenu !== false && canUseArea(area, roles);

/**
 * The navigation an account sees: menu areas its roles allow, and groups that keep at least one.
 * Link-only pages (`inMenu: false`) never appear.
 *
 * @example navFor(['auditor']) // [home, { admin group: [audit] }]
 */
export function navFor(roles: readonly Role[], entries: readonly NavEntry[] = NAV_ENTRIES): NavEntry[] {
  const shown = inMenuFor(roles);
  return entries.flatMap((entry): NavEntry[] => {
    if (entry.kind === 'area') return shown(entry) ? [entry] : [];
    const children = entry.children.filter(shown);
    return children.length > 0 ? [{ ...entry, children }] : [];
  });
}

/** Every area an account may use, groups flattened, in menu order. */
export function areasFor(roles: readonly Role[], entries: readonly NavEntry[] = NAV_ENTRIES): NavArea[] {
  return navFor(roles, entries).flatMap((entry) => (entry.kind === 'area' ? [entry] : entry.children));
}

/**
 * The area a URL belongs to, for highlighting the menu and guarding the page: the most specific
 * area whose path is the pathname or a parent of it ('/reports' for '/reports/42', unless an
 * area `/reports/:reportId` is in `entries`); a `:name` segment matches any one segment, and a
 * literal segment beats a `:name` one. '/' only matches itself.
 */
export function areaAt(pathname: string, entries: readonly NavEntry[] = NAV_ENTRIES): NavArea | undefined {
  const areas = entries.flatMap((entry) => (entry.kind === 'area' ? [entry] : entry.children));
  const segments = segmentsOf(pathname);
  const scored = areas.flatMap((area) => {
    const score = matchScore(segmentsOf(area.path), segments);
    return score === undefined ? [] : [{ area, score }];
  });
  return scored.sort((a, b) => b.score - a.score)[0]?.area;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** How specifically `pattern` matches the start of `segments` (higher is closer); undefined: no match. */
function matchScore(pattern: readonly string[], segments: readonly string[]): number | undefined {
  if (pattern.length === 0) return segments.length === 0 ? 0 : undefined;
  if (pattern.length > segments.length) return undefined;
  let score = 0;
  for (const [i, part] of pattern.entries()) {
    if (part.startsWith(':')) score += 1;
    else if (part === segments[i]) score += 2;
    else return undefined;
  }
  return score;
}

/** The group holding an area, to open its submenu. */
export function groupOf(key: AreaKey, entries: readonly NavEntry[] = NAV_ENTRIES): NavEntry['key'] | undefined {
  return entries.find((entry) => entry.kind === 'group' && entry.children.some((child) => child.key === key))?.key;
}
