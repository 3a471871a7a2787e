import type { UnitKind } from '../../src/db/schema';
import type { Role } from '../../src/domain/roles';
import { createRng, type Rng } from '../../src/services/demo/history/prng';
import { CORE_DEPARTMENTS, OFFICE_HOSTS, OTHER_DEPARTMENTS, PLACE_FIRST, PLACE_SECOND, SUPERVISION_UNIT, TRADE_NAMES } from './pools';
import { generatePlan, type SyntheticPlan } from './plan';

export interface SyntheticUnit {
  name: string;
  kind: UnitKind;
  aliases: string[];
}

export interface SyntheticAccount {
  login: string;
  displayName: string;
  roles: Role[];
  unitName: string | null;
}

/** One synthetic county: what the registry, the accounts and the plan document hold. */
export interface CountySpec {
  index: number;
  region: { code: string; name: string };
  units: SyntheticUnit[];
  /** 各乡镇(场) and its members, as the Helan demo registers it. */
  townshipGroup: { name: string; aliases: string[]; members: string[] };
  accounts: SyntheticAccount[];
  plan: SyntheticPlan;
}

export const TOWNSHIP_GROUP = '各乡镇(场)';

/** County i's name: distinct for the first 400 counties, numbered after that. */
export function countyShortName(index: number): string {
  const pairs = PLACE_FIRST.length * PLACE_SECOND.length;
  // A fixed permutation of the pairs (step coprime to 400), so neighbouring counties differ.
  const slot = (index * 263) % pairs;
  const name = `${PLACE_FIRST[Math.floor(slot / PLACE_SECOND.length)]}${PLACE_SECOND[slot % PLACE_SECOND.length]}`;
  return index < pairs ? name : `${name}${Math.floor(index / pairs) + 1}`;
}

function townships(rng: Rng, countyName: string): SyntheticUnit[] {
  const names = new Set<string>();
  const count = rng.int(4, 8);
  for (let attempt = 0; names.size < count && attempt < 200; attempt += 1) {
    const name = `${rng.pick(PLACE_FIRST)}${rng.pick(PLACE_SECOND)}${rng.chance(0.8) ? '镇' : '乡'}`;
    if (!countyName.startsWith(name.slice(0, 2))) names.add(name);
  }
  const units: SyntheticUnit[] = [...names].map((name) => ({ name, kind: 'township', aliases: [] }));
  if (rng.chance(0.5)) units.push({ name: `${rng.pick(PLACE_FIRST)}${rng.pick(PLACE_SECOND)}农场`, kind: 'township', aliases: [] });
  return units;
}

function generateUnits(rng: Rng, shortName: string): SyntheticUnit[] {
  const departments = [
    ...CORE_DEPARTMENTS.map((name) => ({ name, aliases: [] as string[] })),
    ...rng.sample(OTHER_DEPARTMENTS, rng.int(12, OTHER_DEPARTMENTS.length)),
  ];
  return [
    ...departments.map((d) => ({ name: d.name, kind: 'department' as const, aliases: d.aliases ? [...d.aliases] : [] })),
    { name: SUPERVISION_UNIT, kind: 'department', aliases: ['督查室'] },
    { name: `${shortName}工业园区管委会`, kind: 'park', aliases: [] },
    { name: `${rng.pick(TRADE_NAMES)}公司`, kind: 'enterprise', aliases: [] },
    { name: `${rng.pick(PLACE_FIRST)}${rng.pick(PLACE_SECOND)}市生态环境局${shortName}分局`, kind: 'external', aliases: [] },
    { name: '税务局', kind: 'external', aliases: [] },
    ...townships(rng, shortName),
  ];
}

/** One account per role, and a reporter per unit (except the supervision office), as the Helan demo has. */
function generateAccounts(prefix: string, officeHost: string, units: readonly SyntheticUnit[]): SyntheticAccount[] {
  return [
    { login: `${prefix}.admin`, displayName: '系统管理员', roles: ['admin'], unitName: null },
    { login: `${prefix}.auditor`, displayName: '审计管理员', roles: ['auditor'], unitName: null },
    { login: `${prefix}.office`, displayName: '领导小组办公室', roles: ['office'], unitName: officeHost },
    { login: `${prefix}.supervisor`, displayName: '督查室', roles: ['supervisor'], unitName: SUPERVISION_UNIT },
    { login: `${prefix}.leader`, displayName: '县领导', roles: ['leader'], unitName: null },
    ...units
      .filter((unit) => unit.name !== SUPERVISION_UNIT)
      .map((unit, i) => ({
        login: `${prefix}.u${String(i + 1).padStart(2, '0')}`,
        displayName: `${unit.name}填报员`,
        roles: ['unit_reporter'] as Role[],
        unitName: unit.name,
      })),
  ];
}

/**
 * County `index` of the synthetic data for `seed`. Each county (and each part of it) draws from
 * its own stream, so county 3 is the same whether 10 or 100 are generated, and adding a new part
 * later (reports, actual values) leaves the existing parts unchanged.
 */
export function generateCounty(seed: string | number, index: number, options: { startYear: number }): CountySpec {
  const shortName = countyShortName(index);
  const name = `${shortName}县`;
  const units = generateUnits(createRng(seed, index, 'units'), shortName);
  const unitRng = createRng(seed, index, 'roles');
  const officeHost = unitRng.pick(OFFICE_HOSTS);
  const members = units.filter((u) => u.kind === 'township').map((u) => u.name);
  const prefix = `c${String(index + 1).padStart(3, '0')}`;
  return {
    index,
    // 99xxxx: not a real administrative division code (GB/T 2260 has no province 99).
    region: { code: `99${String(index + 1).padStart(4, '0')}`, name },
    units,
    townshipGroup: { name: TOWNSHIP_GROUP, aliases: ['各乡镇场'], members },
    accounts: generateAccounts(prefix, officeHost, units),
    plan: generatePlan(createRng(seed, index, 'plan'), { countyName: name, shortName, units, officeHost, startYear: options.startYear }),
  };
}
