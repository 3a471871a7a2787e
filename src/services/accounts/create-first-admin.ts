import type { Store } from '../../db/store';
import { checkPasswordStrength } from '../../domain/auth/password-policy';
import { DomainError } from '../../domain/errors';
import { recordAudit } from '../audit/record-audit';
import { generatePassword } from '../auth/generate-password';
import { hashPassword } from '../auth/password-hash';
import { isDuplicateLogin } from './account-input';

export interface FirstAdminInput {
  login: string;
  displayName: string;
  /** When given, the admin belongs to this county (created if missing); otherwise deployment-wide. */
  region?: { code: string; name: string } | undefined;
  password?: string | undefined;
}

/**
 * Creates an administrator from the command line, for a real deployment (LUOSHI_DEMO=0) where
 * no demo accounts exist. The password must be changed at first sign-in.
 */
export async function createFirstAdmin(store: Store, input: FirstAdminInput, now: Date): Promise<{ password: string; regionCreated: boolean }> {
  const password = input.password ?? generatePassword();
  const problems = checkPasswordStrength(password, input.login);
  if (problems.length > 0) throw new DomainError('password_rejected', `The password was refused: ${problems.join(', ')}.`, { problems });
  const hash = await hashPassword(password);
  try {
    return await store.transaction(async (repos) => {
      let regionId: string | null = null;
      let regionCreated = false;
      if (input.region) {
        const existing = await repos.org.findRegionByCode(input.region.code);
        regionId = existing?.id ?? (await repos.org.insertRegion(input.region)).id;
        regionCreated = !existing;
      }
      const user = await repos.users.insert({
        region_id: regionId,
        login: input.login,
        display_name: input.displayName,
        unit_id: null,
        roles: ['admin'],
        password_hash: hash,
        password_changed_at: now,
        must_change_password: true,
      });
      await recordAudit(repos, { now, ip: null, userAgent: 'luoshi cli' }, { userId: null, login: 'system', unitId: null, regionId }, {
        action: 'account.create',
        outcome: 'success',
        object: { type: 'account', id: user.id },
        details: { after: { login: input.login, roles: ['admin'], regionId }, via: 'cli' },
      });
      return { password, regionCreated };
    });
  } catch (error) {
    if (isDuplicateLogin(error)) throw new DomainError('conflict', `The login "${input.login}" is already taken.`);
    throw error;
  }
}
