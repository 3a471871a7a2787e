import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { checkPasswordStrength } from '../../domain/auth/password-policy';
import { DomainError } from '../../domain/errors';
import type { Role } from '../../domain/roles';
import { recordAudit } from '../audit/record-audit';
import { generatePassword } from '../auth/generate-password';
import { hashPassword } from '../auth/password-hash';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { toAccountAdminView, type AccountAdminView } from './account-admin-view';
import { checkAccountOrg, isDuplicateLogin } from './account-input';

export interface CreateAccountInput {
  login: string;
  displayName: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  unitId?: string | null | undefined;
  roles: Role[];
  /** Required for a deployment-wide admin; otherwise the admin's own county. */
  regionId?: string | null | undefined;
  /** When omitted, a random one is generated. Either way it must be changed at first sign-in. */
  initialPassword?: string | undefined;
}

/** Creates an account with an initial password that must be changed at first sign-in. */
export async function createAccount(
  store: Store,
  actor: Actor,
  input: CreateAccountInput,
  ctx: RequestContext,
): Promise<{ account: AccountAdminView; initialPassword: string }> {
  const regionId = actor.regionId ?? input.regionId ?? null;
  if (regionId === null) {
    throw new DomainError('validation_failed', 'Choose the county the account belongs to.', {
      fields: [{ field: 'regionId', message: 'required' }],
    });
  }
  authorize(actor, 'account.manage', { kind: 'region', regionId });
  const initialPassword = input.initialPassword ?? generatePassword();
  const problems = checkPasswordStrength(initialPassword, input.login);
  if (problems.length > 0) {
    throw new DomainError('password_rejected', `The initial password was refused: ${problems.join(', ')}.`, { problems });
  }
  const passwordHash = await hashPassword(initialPassword);
  const unitId = input.unitId ?? null;
  try {
    const account = await store.transaction(async (repos) => {
      await checkAccountOrg(repos, regionId, unitId, input.roles);
      const row = await repos.users.insert({
        region_id: regionId,
        login: input.login,
        display_name: input.displayName,
        phone: input.phone ?? null,
        email: input.email ?? null,
        unit_id: unitId,
        roles: input.roles,
        password_hash: passwordHash,
        password_changed_at: ctx.now,
        must_change_password: true,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      const created = (await repos.users.findById(row.id))!;
      const view = toAccountAdminView(created, ctx.now);
      await recordAudit(repos, ctx, actor, {
        action: 'account.create',
        outcome: 'success',
        object: { type: 'account', id: row.id },
        details: { after: { login: view.login, displayName: view.displayName, unitId, roles: view.roles, phone: view.phone, email: view.email } },
      });
      return view;
    });
    return { account, initialPassword };
  } catch (error) {
    if (isDuplicateLogin(error)) {
      throw new DomainError('conflict', `The login "${input.login}" is already taken.`, { field: 'login' });
    }
    throw error;
  }
}
