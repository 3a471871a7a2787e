import { APPROX_TOLERANCE, targetYearsOf, type Assessment, type IndicatorFacts } from './indicator-facts';
import type { IndicatorStatus, LatestObservation, Observation } from './indicator-status';
import { averageRate, rateEn, rateRuleOf, rateTargetEn, rateTargetZh, rateZh, yearSpanEn, yearSpanZh, type RateRule } from './rate-target';
import { observationsUpTo, type PeriodValue } from './year-observation';

/** A rate judged against the target rate: where it stands, and how far along R = rate / target. */
interface RateJudgement {
  status: IndicatorStatus;
  ratio: number | null;
  /** met: the target is met; ahead: beyond a 左右 band in the good direction; short: not met. */
  position: 'met' | 'ahead' | 'short';
}

/**
 * A growth rate against its target rate (年均增长6%以上). Met: achieved for a complete year, on
 * track for a quarter's year-to-date rate. Beyond a 左右 band in the good direction: on track.
 * Short of it: a binding indicator's complete year is "binding target missed"; otherwise
 * R = rate / target (in the good direction) gives needs acceleration (R ≥ 0.60), limited
 * progress (R ≥ 0) or deteriorating (the rate moves against the target). A rate is the pace
 * itself, so being short is never "on track".
 */
export function judgeRate(input: { value: number; target: number; rule: RateRule; tolerance: number | null; complete: boolean; binding: boolean }): RateJudgement {
  const { value, target, rule, tolerance } = input;
  const d = rule === 'at_most' ? -1 : 1;
  const met =
    tolerance !== null
      ? Math.abs(value - target) <= Math.abs(target) * tolerance
      : rule === 'at_least' || rule === 'about'
        ? value >= target
        : rule === 'more_than'
          ? value > target
          : value <= target;
  if (met) return { status: input.complete ? 'achieved' : 'on_track', ratio: null, position: 'met' };
  // Growing faster than "about 7%" is ahead of an expected pace, not behind it.
  if (tolerance !== null && d * (value - target) > 0) return { status: 'on_track', ratio: null, position: 'ahead' };
  if (input.binding && input.complete) return { status: 'binding_target_missed', ratio: null, position: 'short' };
  const ratio = d * target > 0 ? (d * value) / (d * target) : null;
  const progress = ratio ?? (d * value >= 0 ? 1 : -1);
  const status: IndicatorStatus = progress >= 0.6 ? 'needs_acceleration' : progress >= 0 ? 'limited_progress' : 'deteriorating';
  return { status, ratio, position: 'short' };
}

/**
 * An annual-growth goal's status in `year` (issue 6). Each value is a year's growth rate in %
 * (a quarterly one is the year-to-date rate, never pro-rated). Before the target's last year the
 * latest year's rate is judged against the target rate; once the last target year is complete,
 * the average over the target years entered (年均, compound) is judged, since that is what the
 * goal names. "At this pace" is that average so far, never a compound forecast of a rate.
 */
export function assessGrowth(facts: IndicatorFacts, values: readonly PeriodValue[], year: number): Assessment {
  const series = observationsUpTo(values, facts.tracking === 'yearly' ? 'yearly' : 'quarterly_point', year);
  const years = targetYearsOf(facts.targets);
  const rule = rateRuleOf(facts.comparator, facts.qualifier);
  const tolerance = facts.tolerance ?? (rule === 'about' ? APPROX_TOLERANCE : null);
  const latest = series.at(-1) ?? null;
  const targetYear = years.find((y) => y >= (latest?.year ?? year)) ?? years.at(-1);
  const target: Observation | null = targetYear === undefined ? null : { year: targetYear, value: facts.targets[String(targetYear)]! };
  // The complete years of the target period: what 年均 averages.
  const window = series.filter((o) => o.quarter === undefined && o.year >= (years[0] ?? -Infinity));
  const average = averageRate(window.map((o) => o.value));
  const base = { latest, target, targets: facts.targets, tolerance, forecast: null, forecastText: null, forecastTextEn: null };
  if (!latest || !target) {
    const [zh, en] = latest ? ['尚未设定目标增速。', 'No target rate set.'] : ['尚未填报增速。', 'No growth rate entered yet.'];
    return { ...base, status: 'no_data', ratio: null, explanation: zh, explanationEn: en };
  }
  const final = latest.quarter === undefined && latest.year >= years.at(-1)! && window.length > 1;
  const judged = final ? average! : latest.value;
  const judgement = judgeRate({ value: judged, target: target.value, rule, tolerance, complete: latest.quarter === undefined, binding: facts.attribute === 'binding' });
  const span = window.map((o) => o.year);
  const subject = final ? { zh: `${yearSpanZh(span)}年均${rateZh(judged)}`, en: `${yearSpanEn(span)} average ${rateEn(judged)} a year` } : describeRate(latest);
  const goal = { zh: rateTargetZh(target.value, facts.qualifier), en: rateTargetEn(target.value, facts.qualifier) };
  const showPace = !final && window.length > 1;
  return {
    ...base,
    status: judgement.status,
    ratio: judgement.ratio,
    explanation: explainRateZh(judgement, subject.zh, goal.zh, judged, target.value),
    explanationEn: explainRateEn(judgement, subject.en, goal.en, judged, target.value),
    forecast: showPace ? average : null,
    forecastText: showPace ? `按当前进度，${yearSpanZh(span)}年均${rateZh(average!)}（目标${goal.zh}）` : null,
    forecastTextEn: showPace ? `At this pace: ${rateEn(average!)} a year on average in ${yearSpanEn(span)} (target: ${goal.en})` : null,
  };
}

/** 2024年增长5.2%, 2024年前2季度增长5.2% (a year-to-date rate). */
function describeRate(latest: LatestObservation): { zh: string; en: string } {
  if (latest.quarter === undefined) return { zh: `${latest.year}年${rateZh(latest.value)}`, en: `${latest.year} ${rateEn(latest.value)}` };
  return { zh: `${latest.year}年前${latest.quarter}季度${rateZh(latest.value)}`, en: `${latest.year} Q1–Q${latest.quarter} ${rateEn(latest.value)}` };
}

function explainRateZh(j: RateJudgement, subject: string, goal: string, value: number, target: number): string {
  const side = value > target ? '高于' : '低于';
  switch (j.status) {
    case 'achieved':
      return `${subject}，达到${goal}的目标。`;
    case 'on_track':
      return j.position === 'ahead' ? `${subject}，高于${goal}的目标，按计划推进。` : `${subject}，达到${goal}的目标，按计划推进。`;
    case 'binding_target_missed':
      return `约束性指标：${subject}，未达到${goal}的目标。`;
    case 'needs_acceleration':
      return `${subject}，${side}${goal}的目标，需加快推进。`;
    case 'limited_progress':
      return `${subject}，${side}${goal}的目标，进展有限。`;
    case 'deteriorating':
      return `${subject}，与${goal}的目标方向相反，情况恶化。`;
    case 'no_data':
      return '尚未填报增速。';
  }
}

function explainRateEn(j: RateJudgement, subject: string, goal: string, value: number, target: number): string {
  const side = value > target ? 'above' : 'below';
  switch (j.status) {
    case 'achieved':
      return `${subject}, meeting the target of ${goal}.`;
    case 'on_track':
      return `${subject}, ${j.position === 'ahead' ? 'above' : 'meeting'} the target of ${goal}: on track.`;
    case 'binding_target_missed':
      return `Binding indicator: ${subject}, short of the target of ${goal}.`;
    case 'needs_acceleration':
      return `${subject}, ${side} the target of ${goal}: needs to speed up.`;
    case 'limited_progress':
      return `${subject}, ${side} the target of ${goal}: limited progress.`;
    case 'deteriorating':
      return `${subject}, moving away from the target of ${goal}.`;
    case 'no_data':
      return 'No growth rate entered yet.';
  }
}
