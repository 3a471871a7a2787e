/**
 * The annual assessment's scoring scheme (年度考核评分办法), one per plan, set by the office.
 * Four components weighted to 100 by default — timeliness 30, report quality 20 (the office's
 * ratings), task progress 30, indicator results 20 — then deductions per overdue notice and a
 * bonus per task completed early, each capped.
 */
export interface AssessmentScheme {
  weights: { timeliness: number; quality: number; progress: number; indicators: number };
  /** Points taken off per notice that went past its deadline, up to `maxDeduction`. */
  overdueNoticePenalty: number;
  maxDeduction: number;
  /** Points added per task the unit completed ahead of the plan's end, up to `maxBonus`. */
  earlyCompletionBonus: number;
  maxBonus: number;
}

export const DEFAULT_SCHEME: AssessmentScheme = {
  weights: { timeliness: 30, quality: 20, progress: 30, indicators: 20 },
  overdueNoticePenalty: 2,
  maxDeduction: 10,
  earlyCompletionBonus: 1,
  maxBonus: 5,
};

/** What is wrong with a scheme, field by field (empty when it is usable). */
export function schemeProblems(scheme: AssessmentScheme): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const check = (field: string, value: number, max: number) => {
    if (!Number.isFinite(value) || value < 0 || value > max) problems.push({ field, message: `between 0 and ${max}` });
  };
  for (const [name, weight] of Object.entries(scheme.weights)) check(`weights.${name}`, weight, 100);
  const sum = Object.values(scheme.weights).reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > 1e-9) problems.push({ field: 'weights', message: 'the weights must add up to 100' });
  check('overdueNoticePenalty', scheme.overdueNoticePenalty, 100);
  check('maxDeduction', scheme.maxDeduction, 100);
  check('earlyCompletionBonus', scheme.earlyCompletionBonus, 100);
  check('maxBonus', scheme.maxBonus, 100);
  return problems;
}
