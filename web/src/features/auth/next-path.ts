export const LOGIN_PATH = '/login';
const HOME_PATH = '/';

export interface PathParts {
  pathname: string;
  search: string;
  hash: string;
}

/**
 * Where to send someone whose session is missing: the login page, remembering the page they
 * were going to (unless that is just the home page).
 *
 * @example loginPathFor({ pathname: '/reports', search: '?q=1', hash: '' }) // '/login?next=%2Freports%3Fq%3D1'
 */
export function loginPathFor({ pathname, search, hash }: PathParts): string {
  const target = `${pathname}${search}${hash}`;
  if (target === HOME_PATH || !isSafeNextPath(target)) return LOGIN_PATH;
  return `${LOGIN_PATH}?next=${encodeURIComponent(target)}`;
}

/**
 * The page to open after signing in, from the `next` query parameter. Only a path inside this
 * app is accepted: `//evil.example`, `/\evil.example` or `https://...` would turn the login page
 * into an open redirect, so they fall back to the home page.
 */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next !== null && isSafeNextPath(next) ? next : HOME_PATH;
}

function isSafeNextPath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return false;
  // Control characters (tabs, newlines) are stripped by URL parsers and can hide a '//' prefix.
  if (hasControlCharacter(path)) return false;
  return path !== LOGIN_PATH && !path.startsWith(`${LOGIN_PATH}?`) && !path.startsWith(`${LOGIN_PATH}/`);
}

function hasControlCharacter(text: string): boolean {
  return Array.from(text).some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}
