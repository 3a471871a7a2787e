import type { Kysely } from 'kysely';
import type { DB, PeriodRow } from '../../src/db/schema';
import type { Store } from '../../src/db/store';
import { obligationsOf, type Obligation } from '../../src/domain/reporting/obligations';
import { actorOf } from '../../src/services/authorize';
import { closePeriod, openPeriod } from '../../src/services/reporting/periods';
import { createRng } from '../lib/prng';
import type { CountySpec } from './county';
import type { LoadedCounty } from './load-county';
import { currentOutcome, daysLater, pastOutcome } from './report-outcome';
import { reportRows, type ReportRows } from './report-rows';

export interface HistoryCounts {
  periods: number;
  /** Report obligations across every period (what is owed). */
  obligations: number;
  reports: number;
  versions: number;
}

const CHUNK = 500;
const ctxAt = (now: Date) => ({ now, ip: null, userAgent: 'luoshi bench data' });

/** Obligations in a fixed order (task number, unit name, kind), so the same seed draws the same outcomes. */
async function orderedObligations(store: Store, loaded: LoadedCounty): Promise<Obligation[]> {
  const { repos } = store;
  const [assignments, groups, tasks, units] = await Promise.all([
    repos.reporting.listAssignments(loaded.planId),
    repos.org.listGroupMembers(loaded.regionId),
    repos.plans.listTasks(loaded.planId),
    repos.org.listUnits(loaded.regionId),
  ]);
  const number = new Map(tasks.map((t) => [t.id, t.number]));
  const name = new Map(units.map((u) => [u.id, u.name]));
  return obligationsOf(assignments, groups).sort(
    (a, b) => number.get(a.taskId)! - number.get(b.taskId)! || name.get(a.unitId)!.localeCompare(name.get(b.unitId)!) || a.kind.localeCompare(b.kind),
  );
}

/** The office opens every quarter of the plan at its start, as it would have over three years. */
async function openQuarters(store: Store, county: CountySpec, loaded: LoadedCounty): Promise<PeriodRow[]> {
  const office = actorOf((await store.repos.users.findByLogin(loaded.officeLogin))!);
  const periods: PeriodRow[] = [];
  for (let year = county.plan.startYear; year <= county.plan.endYear; year += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      const start = new Date(`${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01T09:00:00+08:00`);
      const row = await openPeriod(store, office, loaded.planId, `${year}Q${quarter}`, ctxAt(start));
      periods.push(row);
    }
  }
  return periods;
}

async function insertRows(db: Kysely<DB>, rows: readonly ReportRows[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await trx.insertInto('reports').values(chunk.map((r) => r.report)).execute();
      const versions = chunk.flatMap((r) => r.versions);
      if (versions.length > 0) await trx.insertInto('report_versions').values(versions).execute();
    }
  });
}

/**
 * Three years of quarterly reporting for one county: every quarter opened by the office, the
 * past ones reported (on time, late, after a return, or not at all) and closed, the last one in
 * progress as of `asOf`. Periods go through the services; reports, being many, are written in bulk as the
 * rows the services leave (report-rows.ts), without the audit entries and notifications the
 * live workflow would add.
 */
export async function writeHistory(
  store: Store,
  db: Kysely<DB>,
  options: { seed: string | number; asOf: Date },
  county: CountySpec,
  loaded: LoadedCounty,
): Promise<HistoryCounts> {
  const rng = createRng(options.seed, county.index, 'history');
  const periods = await openQuarters(store, county, loaded);
  const obligations = await orderedObligations(store, loaded);
  const accounts = await store.repos.users.list({ regionId: loaded.regionId });
  const officeId = accounts.find((a) => a.login === loaded.officeLogin)!.id;
  const reporterOf = new Map(accounts.filter((a) => a.roles.includes('unit_reporter') && a.unit_id).map((a) => [a.unit_id!, a.id]));
  const targets = await store.repos.plans.listTargets(loaded.planId);

  const rows: ReportRows[] = [];
  periods.forEach((period, quarterIndex) => {
    const isCurrent = quarterIndex === periods.length - 1;
    for (const o of obligations) {
      const reporterId = reporterOf.get(o.unitId);
      if (!reporterId) continue;
      const context = {
        planId: loaded.planId,
        periodId: period.id,
        lateAfter: period.late_after,
        quarterIndex,
        quarters: periods.length,
        inProgressAt: isCurrent ? options.asOf : null,
        ...o,
        reporterId,
        officeId,
        targets: targets.filter((t) => t.task_id === o.taskId).map((t) => ({ id: t.id, value: t.value })),
      };
      const row = reportRows(rng, context, isCurrent ? currentOutcome(rng) : pastOutcome(rng));
      if (row) rows.push(row);
    }
  });
  await insertRows(db, rows);

  const office = actorOf((await store.repos.users.findByLogin(loaded.officeLogin))!);
  for (const period of periods.slice(0, -1)) await closePeriod(store, office, period.id, ctxAt(daysLater(rng, period.late_after, 10, 20)));
  return { periods: periods.length, obligations: obligations.length * periods.length, reports: rows.length, versions: rows.reduce((n, r) => n + r.versions.length, 0) };
}
