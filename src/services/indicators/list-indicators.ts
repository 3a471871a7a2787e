import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { assessIndicator } from '../../domain/indicators/assess-indicator';
import { findingOfLink, governingTargets, type TargetSource } from '../../domain/indicators/goal-links';
import { authorize } from '../authorize';
import { planGoalLinks } from './plan-goal-links';

/**
 * The plan's indicators, each with its targets, baseline, values and its status in `year`,
 * computed (never declared), explained in a sentence, and forecast to the plan's end year.
 * Values the office returned do not count; submitted ones count as provisional. Quarterly
 * indicators count their latest quarter (domain/indicators/year-observation.ts). `targets` are
 * the governing ones (the table's, or a linked overall goal's where the office chose it);
 * `goalLinks` shows each linked goal, its conflict with the table and the parser's finding.
 * Overall goals the table does not measure follow the table's indicators (origin 'goal'), each
 * judged by what its target is: a level, an annual growth rate or a change from the baseline.
 */
export async function listIndicators(store: Store, actor: Actor, planId: string, year: number) {
  const plan = await store.repos.plans.findPlan(planId);
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
  authorize(actor, 'indicator.read', { kind: 'indicator', regionId: plan.region_id, providerUnitId: null });
  const { repos } = store;
  const [indicators, values, evidence, choices, findings] = await Promise.all([
    repos.plans.listIndicators(planId),
    repos.indicators.listValuesOfPlan(planId),
    repos.indicators.listEvidenceOfPlan(planId),
    repos.indicators.listTargetChoices(planId),
    repos.plans.listFindings(planId),
  ]);
  const links = await planGoalLinks(repos, planId, indicators.filter((i) => i.origin === 'table'));
  const stored = findings.map((f) => ({ code: f.code, messageZh: f.message_zh, params: f.params }));
  return indicators.map((indicator) => {
    const own = values.filter((v) => v.indicator_id === indicator.id);
    const baseline = indicator.baseline_year !== null && indicator.baseline_value !== null ? { year: indicator.baseline_year, value: indicator.baseline_value } : null;
    const isGoal = indicator.origin === 'goal';
    const ownLinks = links.filter((l) => l.indicatorId === indicator.id);
    const chosen = new Map<number, TargetSource>(choices.filter((c) => c.indicator_id === indicator.id).map((c) => [c.year, c.governs]));
    const targets = governingTargets(indicator.targets, ownLinks, chosen);
    const counted = own.filter((v) => v.status !== 'returned');
    const assessment = assessIndicator({ ...indicator, targets, baseline }, counted, year);
    const judged = assessment.latest?.period;
    return {
      id: indicator.id,
      number: indicator.number,
      name: indicator.name,
      /** 'table': the annual table (numbered as the document numbers it); 'goal': an overall goal it does not measure. */
      origin: indicator.origin,
      kind: indicator.kind,
      /** An overall goal's entry: the goal as the document words it. */
      goal: isGoal ? { text: indicator.goal_text ?? '', theme: indicator.theme, comparator: indicator.comparator, qualifier: indicator.qualifier, targets: indicator.targets } : null,
      unit: indicator.unit,
      attribute: indicator.attribute,
      direction: indicator.direction,
      /** The targets its values are judged against: levels, or a growth goal's rate each year. */
      targets: assessment.targets,
      tableTargets: isGoal ? {} : indicator.targets,
      baseline,
      providerUnitId: indicator.provider_unit_id,
      tracking: indicator.tracking,
      tolerance: assessment.tolerance,
      values: own.map((v) => ({
        id: v.id,
        period: v.period,
        value: v.value,
        source: v.source,
        note: v.note,
        status: v.status,
        returnReason: v.return_reason,
        enteredAt: v.entered_at.toISOString(),
        evidence: evidence.filter((e) => e.value_id === v.id).map((e) => ({ id: e.id, fileName: e.file_name, size: e.size, mediaType: e.media_type })),
      })),
      status: assessment.status,
      ratio: assessment.ratio,
      provisional: judged !== undefined && own.some((v) => v.period === judged && v.status === 'submitted'),
      /** The period the status is judged on (2024, or 2024Q2 for a quarter in progress). */
      judgedPeriod: judged ?? null,
      explanation: assessment.explanation,
      /** The same sentences in English, for the web app's English interface. */
      explanationEn: assessment.explanationEn,
      forecast: assessment.forecast,
      forecastText: assessment.forecastText,
      forecastTextEn: assessment.forecastTextEn,
      goalLinks: ownLinks.map((link) => ({
        goalId: link.goalId,
        metric: link.metric,
        year: link.year,
        goalValue: link.goalValue,
        goalUnit: link.goalUnit,
        tableValue: link.tableValue,
        conflict: link.conflict,
        governs: chosen.get(link.year) ?? ('table' as const),
        chosen: chosen.has(link.year),
        findingZh: link.conflict ? (findingOfLink(stored, link)?.messageZh ?? null) : null,
      })),
    };
  });
}

export type IndicatorView = Awaited<ReturnType<typeof listIndicators>>[number];
