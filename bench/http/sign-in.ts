import { SESSION_COOKIE } from '../../src/http/authentication';

/** Signs in over HTTP as a browser would (no foreign Origin) and returns the Cookie header to send. */
export async function signIn(baseUrl: string, login: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${login} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`sign-in as ${login} set no ${SESSION_COOKIE} cookie`);
  return cookie.split(';')[0]!;
}
