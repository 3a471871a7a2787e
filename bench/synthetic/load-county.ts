import type { Store } from '../../src/db/store';
import { actorOf } from '../../src/services/authorize';
import { confirmPlanImport } from '../../src/services/plans/confirm-plan-import';
import { previewPlanImport } from '../../src/services/plans/preview-plan-import';
import type { CountySpec } from './county';
import { renderPlanText } from './plan-text';

/** What one loaded county holds, and the handles a benchmark needs to act in it. */
export interface LoadedCounty {
  regionId: string;
  planId: string;
  officeLogin: string;
  /** The reporter of the unit with the most task assignments: the heaviest "my tasks". */
  busiestReporter: { login: string; unitId: string; tasks: number };
  counts: { units: number; accounts: number; tasks: number; taskUnits: number; indicators: number; findings: number };
}

/** The unit named most often in the plan's unit clauses (lead or responsible), ties by name. */
function busiestUnit(county: CountySpec): { name: string; tasks: number } {
  const counts = new Map<string, number>();
  for (const task of county.plan.sections.flatMap((s) => s.tasks)) {
    for (const name of [task.lead, ...task.responsible]) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const reporting = new Set(county.accounts.flatMap((a) => (a.roles.includes('unit_reporter') && a.unitName ? [a.unitName] : [])));
  const [name, tasks] = [...counts].filter(([unit]) => reporting.has(unit)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return { name, tasks };
}

/**
 * Writes one county the way production gets it: the registry and accounts in one transaction
 * (as the demo seed does), then the plan document uploaded, previewed and confirmed by the office
 * through the real import services. Every account shares `passwordHash` (hashed once: scrypt is
 * deliberately slow) and need not change its password, so benchmarks can sign in at once.
 */
export async function loadCounty(store: Store, county: CountySpec, options: { passwordHash: string; now: Date }): Promise<LoadedCounty> {
  const { regionId, unitIds } = await store.transaction(async (repos) => {
    const region = await repos.org.insertRegion(county.region);
    const group = county.townshipGroup;
    const units = await repos.org.insertUnits(region.id, [...county.units, { name: group.name, kind: 'group', aliases: group.aliases }]);
    const ids = new Map(units.map((unit) => [unit.name, unit.id]));
    await repos.org.addGroupMembers(ids.get(group.name)!, group.members.map((member) => ids.get(member)!));
    for (const account of county.accounts) {
      await repos.users.insert({
        region_id: region.id,
        login: account.login,
        display_name: account.displayName,
        unit_id: account.unitName ? ids.get(account.unitName)! : null,
        roles: account.roles,
        password_hash: options.passwordHash,
        password_changed_at: options.now,
        must_change_password: false,
        is_demo: true,
      });
    }
    return { regionId: region.id, unitIds: ids };
  });

  const officeLogin = county.accounts.find((a) => a.roles.includes('office'))!.login;
  const office = (await store.repos.users.findByLogin(officeLogin))!;
  // The office brings the plan in when it is published.
  const ctx = { now: new Date(`${county.plan.publishDate}T09:00:00+08:00`), ip: null, userAgent: 'luoshi bench data' };
  const bytes = new TextEncoder().encode(renderPlanText(county.plan));
  const fileName = `${county.plan.title}.txt`;
  const preview = await previewPlanImport(store, actorOf(office), { regionId, planId: null, fileName, bytes }, ctx);
  const { planId, description } = await confirmPlanImport(store, actorOf(office), preview.importId, {}, ctx);

  const busiest = busiestUnit(county);
  const tasks = description.document.sections.flatMap((s) => s.tasks);
  return {
    regionId,
    planId,
    officeLogin,
    busiestReporter: {
      login: county.accounts.find((a) => a.unitName === busiest.name && a.roles.includes('unit_reporter'))!.login,
      unitId: unitIds.get(busiest.name)!,
      tasks: busiest.tasks,
    },
    counts: {
      units: county.units.length + 1 + description.units.filter((u) => u.status === 'new').length,
      accounts: county.accounts.length,
      tasks: tasks.length,
      taskUnits: tasks.reduce((sum, t) => sum + t.leadUnits.length + t.responsibleUnits.length + t.cooperatingUnits.length, 0),
      indicators: description.document.indicators.length,
      findings: description.document.findings.length,
    },
  };
}
