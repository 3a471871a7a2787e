import type { ReportRow } from '../../db/reporting.repository';
import type { PeriodRow, PlanRow } from '../../db/schema';
import type { Repositories } from '../../db/store';
import { obligationKey, obligationsOf, type Obligation } from '../../domain/reporting/obligations';
import type { ReportingRule } from '../../domain/reporting/periods';
import { timelinessOf, type Timeliness } from '../../domain/reporting/timeliness';
import { periodOf } from './report-view';

export interface ObligationState extends Obligation {
  periodId: string;
  periodKey: string;
  report: ReportRow | null;
  timeliness: Timeliness;
}

/** Every obligation of a period with its report (if any) and its timeliness now. */
export async function obligationsOfPeriod(
  repos: Repositories,
  plan: PlanRow,
  period: PeriodRow,
  rule: ReportingRule,
  now: Date,
): Promise<ObligationState[]> {
  const [assignments, groups, reports] = await Promise.all([
    repos.reporting.listAssignments(plan.id),
    repos.org.listGroupMembers(plan.region_id),
    repos.reporting.listReportsOfPeriod(period.id),
  ]);
  const byKey = new Map(reports.map((r) => [obligationKey({ taskId: r.task_id, unitId: r.unit_id, kind: r.kind }), r]));
  return obligationsOf(assignments, groups).map((o) => {
    const report = byKey.get(obligationKey(o)) ?? null;
    return { ...o, periodId: period.id, periodKey: period.key, report, timeliness: timelinessOf(periodOf(period), rule, report?.first_submitted_at ?? null, now) };
  });
}
