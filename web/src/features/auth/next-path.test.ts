import { describe, expect, it } from 'vitest';
import { loginPathFor, nextPathFrom } from './next-path';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('loginPathFor', () => {
  it('remembers the page the user was going to, query and hash included', () => {
    expect(loginPathFor(at('/reports', '?quarter=2', '#t1'))).toBe('/login?next=%2Freports%3Fquarter%3D2%23t1');
  });

  it('sends to the bare login page from the home page', () => {
    expect(loginPathFor(at('/'))).toBe('/login');
  });

  it('never nests the login page in its own next parameter', () => {
    expect(loginPathFor(at('/login', '?next=%2Freports'))).toBe('/login');
  });
});

describe('nextPathFrom', () => {
  it('returns to the remembered page', () => {
    expect(nextPathFrom('?next=%2Freports%3Fquarter%3D2')).toBe('/reports?quarter=2');
  });

  it('goes home when there is no next parameter', () => {
    expect(nextPathFrom('')).toBe('/');
  });

  it('refuses anything that could leave the app (open redirect)', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)']) {
      expect(nextPathFrom(`?next=${encodeURIComponent(next)}`)).toBe('/');
    }
  });

  it('does not loop back to the login page', () => {
    expect(nextPathFrom(`?next=${encodeURIComponent('/login?next=/x')}`)).toBe('/');
  });
});
