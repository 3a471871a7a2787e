import type { Store } from '../../db/store';
import type { Role } from '../../domain/roles';
import { generatePassword } from '../auth/generate-password';
import { hashPassword } from '../auth/password-hash';
import { actorOf } from '../authorize';
import { confirmPlanImport } from '../plans/confirm-plan-import';
import { previewPlanImport } from '../plans/preview-plan-import';
import {
  HELAN_GROUPS,
  HELAN_REGION,
  HELAN_UNITS,
  OFFICE_HOST_UNIT,
  SUPERVISION_UNIT,
} from './helan-demo-data';

export interface DemoAccount {
  login: string;
  password: string;
  displayName: string;
  roles: Role[];
  unitName: string | null;
}

/**
 * Seeds the Helan demo into an empty database: the county, its units, one account per role and
 * a reporter per unit (one transaction), then imports the Helan plan document as the office would. Returns the accounts with their initial
 * passwords so they can be printed once, or null when the database already holds data.
 */
export async function seedDemo(
  store: Store,
  options: { password?: string | undefined; plan: { fileName: string; bytes: Uint8Array }; now: Date },
): Promise<DemoAccount[] | null> {
  if ((await store.repos.org.countRegions()) > 0 || (await store.repos.users.count()) > 0) return null;
  const passwordFor = () => options.password ?? generatePassword();
  const accounts: DemoAccount[] = [
    { login: 'admin', displayName: '系统管理员', roles: ['admin'], unitName: null, password: passwordFor() },
    { login: 'auditor', displayName: '审计管理员', roles: ['auditor'], unitName: null, password: passwordFor() },
    { login: 'office', displayName: '领导小组办公室', roles: ['office'], unitName: OFFICE_HOST_UNIT, password: passwordFor() },
    { login: 'supervisor', displayName: '督查室', roles: ['supervisor'], unitName: SUPERVISION_UNIT, password: passwordFor() },
    { login: 'leader', displayName: '县领导', roles: ['leader'], unitName: null, password: passwordFor() },
    ...HELAN_UNITS.filter((unit) => unit.name !== SUPERVISION_UNIT).map((unit) => ({
      login: unit.code,
      displayName: `${unit.name}填报员`,
      roles: ['unit_reporter'] as Role[],
      unitName: unit.name,
      password: passwordFor(),
    })),
  ];
  // Hash outside the transaction: scrypt is deliberately slow and needs no database.
  const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password)));

  const regionId = await store.transaction(async (repos) => {
    const region = await repos.org.insertRegion(HELAN_REGION);
    const units = await repos.org.insertUnits(region.id, [
      ...HELAN_UNITS,
      ...HELAN_GROUPS.map((group) => ({ name: group.name, kind: 'group' as const, aliases: group.aliases })),
    ]);
    const unitId = new Map(units.map((unit) => [unit.name, unit.id]));
    for (const group of HELAN_GROUPS) {
      await repos.org.addGroupMembers(unitId.get(group.name)!, group.members.map((member) => unitId.get(member)!));
    }
    for (const [index, account] of accounts.entries()) {
      await repos.users.insert({
        region_id: region.id,
        login: account.login,
        display_name: account.displayName,
        unit_id: account.unitName ? (unitId.get(account.unitName) ?? null) : null,
        roles: account.roles,
        password_hash: hashes[index]!,
        must_change_password: true,
        is_demo: true,
      });
    }
    return region.id;
  });

  // The plan comes in the way an office brings it in: upload, preview, confirm.
  const office = (await store.repos.users.findByLogin('office'))!;
  const ctx = { now: options.now, ip: null, userAgent: 'luoshi demo seed' };
  const preview = await previewPlanImport(store, actorOf(office), { regionId, planId: null, ...options.plan }, ctx);
  await confirmPlanImport(store, actorOf(office), preview.importId, {}, ctx);
  return accounts;
}
