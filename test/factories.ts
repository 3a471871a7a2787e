import { randomBytes } from 'node:crypto';
import type { NewUser, RegionRow, UnitKind, UnitRow, UserRow } from '../src/db/schema';
import type { Store } from '../src/db/store';
import type { Role } from '../src/domain/roles';
import { hashPassword } from '../src/services/auth/password-hash';

/** Test data builders: each call makes unique rows, overridable where a test cares. */
const unique = () => randomBytes(4).toString('hex');

export const TEST_PASSWORD = 'Luoshi#2025ok';

export async function buildRegion(store: Store, overrides: Partial<{ code: string; name: string }> = {}): Promise<RegionRow> {
  const suffix = unique();
  return store.repos.org.insertRegion({ code: overrides.code ?? `t${suffix}`, name: overrides.name ?? `测试县${suffix}` });
}

export async function buildUnit(
  store: Store,
  regionId: string,
  overrides: Partial<{ name: string; kind: UnitKind; aliases: string[] }> = {},
): Promise<UnitRow> {
  const [unit] = await store.repos.org.insertUnits(regionId, [
    { name: overrides.name ?? `测试局${unique()}`, kind: overrides.kind ?? 'department', aliases: overrides.aliases ?? [] },
  ]);
  return unit!;
}

export interface BuiltUser {
  user: UserRow;
  login: string;
  password: string;
}

export async function buildUser(
  store: Store,
  overrides: Partial<Omit<NewUser, 'password_hash' | 'roles'>> & { password?: string; roles?: Role[] } = {},
): Promise<BuiltUser> {
  const { password = TEST_PASSWORD, roles = ['office'], ...rest } = overrides;
  const login = rest.login ?? `user_${unique()}`;
  const user = await store.repos.users.insert({
    display_name: `测试用户 ${login}`,
    region_id: null,
    unit_id: null,
    must_change_password: false,
    ...rest,
    login,
    roles,
    password_hash: await hashPassword(password),
  });
  return { user, login, password };
}
