import { createHash, randomBytes } from 'node:crypto';

/** A new session token (256 bits) for the cookie; only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session's database id: SHA-256 of the token, so a leaked table cannot sign anyone in. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
