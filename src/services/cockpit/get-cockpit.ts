import type { PlanRow } from '../../db/schema';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { cockpitFigures } from '../../domain/cockpit/cockpit-figures';
import { choosePeriod, quarterOf } from '../../domain/cockpit/cockpit-period';
import { lightOf } from '../../domain/cockpit/lights';
import { DomainError } from '../../domain/errors';
import { INDICATOR_STATUSES, type IndicatorStatus } from '../../domain/indicators/indicator-status';
import { localDate, type IsoDate } from '../../domain/reporting/calendar';
import type { ReportingRule } from '../../domain/reporting/periods';
import type { UnitKind } from '../../domain/units/unit-rules';
import { listIndicators } from '../indicators/list-indicators';
import { findPlanWithRule } from '../reporting/load-plan';
import { authorizeCockpitOf, loadCockpitData, openedPeriodOf } from './load-cockpit-data';
import { remember } from './remember';

export interface CockpitQuery {
  year: number | null;
  quarter: number | null;
  sectionId: string | null;
  unitKind: UnitKind | null;
}

/** The indicator grid: each indicator's status and light in the year, its actuals against the target path. */
async function indicatorGrid(store: Store, actor: Actor, planId: string, year: number) {
  const indicators = await listIndicators(store, actor, planId, year);
  const byStatus = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
  for (const indicator of indicators) byStatus[indicator.status] += 1;
  return {
    headline: { total: indicators.length, byStatus },
    grid: indicators.map((i) => ({
      id: i.id,
      number: i.number,
      name: i.name,
      origin: i.origin,
      unit: i.unit,
      attribute: i.attribute,
      direction: i.direction,
      status: i.status,
      light: lightOf(i.status, i.attribute),
      provisional: i.provisional,
      baseline: i.baseline,
      targets: Object.entries(i.targets)
        .map(([y, value]) => ({ year: Number(y), value }))
        .sort((a, b) => a.year - b.year),
      // Yearly actuals the office has not returned; a submitted one is provisional.
      actuals: i.values
        .filter((v) => v.status !== 'returned' && /^\d{4}$/.test(v.period))
        .map((v) => ({ year: Number(v.period), value: v.value, provisional: v.status === 'submitted' }))
        .sort((a, b) => a.year - b.year),
    })),
  };
}

/**
 * The leadership cockpit of a plan: headline figures, the indicator grid, tasks by section and
 * state, units ranked by timeliness and completeness (departments and townships apart), the
 * overdue list and the reporting rate quarter by quarter, for the quarter and filters asked for.
 * Leaders, the office and the supervision office only (`cockpit.read`).
 *
 * Live, and computed once per state of the data: the answer depends only on the plan's and the
 * county's rows and on the county's local date, so it is kept (services/cockpit/remember.ts)
 * under the plan's and county's data versions, which every committed change to those rows moves
 * (db/data-versions.repository.ts), and the date. A request costs its session and one version
 * lookup until something changes; the first request after a change computes afresh. The
 * answer is the same for every role that may read it; each request is authorized on its own,
 * against the plan's row kept under the same versions.
 */
export async function getCockpit(store: Store, actor: Actor, planId: string, query: CockpitQuery, now: Date) {
  // The versions are read before anything they cover: an answer is never older than its stamp.
  const versions = await store.repos.dataVersions.stampOfPlan(planId);
  // The plan's row and its county's zone are covered too (plans and regions are versioned).
  const { plan, rule } = await remember(store, `plan-with-rule/${planId}`, versions, () => findPlanWithRule(store.repos, planId));
  authorizeCockpitOf(actor, plan);
  const today = localDate(now, rule.timeZone);
  return remember(store, `cockpit/${plan.id}/${JSON.stringify(query)}`, `${versions}@${today}`, () => computeCockpit(store, actor, plan, rule, query, now, today));
}

async function computeCockpit(store: Store, actor: Actor, plan: PlanRow, rule: ReportingRule, query: CockpitQuery, now: Date, today: IsoDate) {
  const planId = plan.id;
  // The quarter shown decides the indicators' year: find it first, then load the rest together.
  const periods = await store.repos.reporting.listPeriods(planId);
  const selected = choosePeriod(periods.map(openedPeriodOf), query, today);
  const year = selected?.year ?? query.year ?? Math.min(Math.max(Number(today.slice(0, 4)), plan.start_year), plan.end_year);
  const [data, indicators, openNotices] = await Promise.all([
    loadCockpitData(store, plan, rule, periods),
    indicatorGrid(store, actor, planId, year),
    store.repos.cockpit.countOpenNotices(planId),
  ]);
  if (query.sectionId !== null && !data.sections.some((s) => s.id === query.sectionId)) {
    throw new DomainError('validation_failed', 'No such section in this plan.', { fields: [{ field: 'section', message: 'unknown section' }] });
  }
  const figures = cockpitFigures({ ...data, selected, filter: { sectionId: query.sectionId, unitKind: query.unitKind }, now });
  return {
    plan: { id: data.plan.id, title: data.plan.title, startYear: data.plan.start_year, endYear: data.plan.end_year },
    year,
    period: selected ? { id: selected.id, key: selected.key, year: selected.year, quarter: quarterOf(selected.key), dueDate: selected.dueDate, status: selected.status } : null,
    periods: data.periods.map((p) => ({ id: p.id, key: p.key, year: p.year, quarter: quarterOf(p.key) })),
    sections: data.sections,
    filters: { sectionId: query.sectionId, unitKind: query.unitKind },
    headline: {
      indicators: indicators.headline,
      tasks: figures.tasks,
      reporting: figures.rates,
      // Supervision notices (督办单) not yet closed. Typed nullable: a deployment without
      // supervision answers null ("not available"), never a made-up 0.
      openSupervisionItems: openNotices as number | null,
    },
    indicators: indicators.grid,
    tasksBySection: figures.tasksBySection,
    tasks: figures.taskList,
    units: figures.units,
    overdue: figures.overdue,
    ratesByQuarter: figures.ratesByQuarter,
  };
}

export type Cockpit = Awaited<ReturnType<typeof computeCockpit>>;
