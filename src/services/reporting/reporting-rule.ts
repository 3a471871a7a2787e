import type { PlanRow } from '../../db/schema';
import { DEFAULT_REPORTING_RULE, type ReportingCadence, type ReportingRule } from '../../domain/reporting/periods';
import type { Rules } from '../../parser';

const CADENCES: ReportingCadence[] = ['monthly', 'quarterly', 'half_yearly', 'yearly'];

/**
 * The plan's reporting rule: as the office set it, else as the document states it (每季度末20日前),
 * else Luoshi's default (quarterly, day 20 of the quarter's last month), in the county's zone.
 */
export function reportingRuleOf(plan: Pick<PlanRow, 'reporting_rule' | 'rules'>, timeZone: string): ReportingRule {
  const configured = plan.reporting_rule as Partial<ReportingRule> | null;
  if (configured) return { ...DEFAULT_REPORTING_RULE, ...configured, timeZone };
  const parsed = (plan.rules as Rules | null)?.reporting;
  const cadence = parsed && (CADENCES as string[]).includes(parsed.cadence) ? (parsed.cadence as ReportingCadence) : DEFAULT_REPORTING_RULE.cadence;
  return {
    ...DEFAULT_REPORTING_RULE,
    cadence,
    dueDay: parsed?.dueDay ?? DEFAULT_REPORTING_RULE.dueDay,
    dueMonth: parsed?.dueMonthOfPeriod ?? DEFAULT_REPORTING_RULE.dueMonth,
    timeZone,
  };
}
