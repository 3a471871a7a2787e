import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { writeCockpitXlsx } from '../../documents/cockpit-xlsx';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { getCockpit, type CockpitQuery } from './get-cockpit';

/** The cockpit's numbers, for the same quarter and filters, as .xlsx. The export is audited. */
export async function exportCockpit(store: Store, actor: Actor, planId: string, query: CockpitQuery, ctx: RequestContext): Promise<{ fileName: string; bytes: Buffer }> {
  const cockpit = await getCockpit(store, actor, planId, query, ctx.now);
  const bytes = await writeCockpitXlsx(cockpit, ctx.now);
  await store.transaction((repos) =>
    recordAudit(repos, ctx, actor, { action: 'cockpit.export', outcome: 'success', object: { type: 'plan', id: planId }, details: { period: cockpit.period?.key ?? null, ...query } }),
  );
  return { fileName: `${cockpit.plan.title}领导驾驶舱${cockpit.period?.key ?? cockpit.year}.xlsx`, bytes };
}
