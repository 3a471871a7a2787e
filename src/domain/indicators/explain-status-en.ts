import { asEntered, FAR_AHEAD, pct } from './explain-status';
import { formatNumber } from './forecast';
import type { LatestObservation, Observation, StatusInput, StatusResult } from './indicator-status';

/** The English twin of explainStatus, for the web app's English interface. */
export function explainStatusEn(result: StatusResult, input: StatusInput, unit: string | null, targetNote = ''): string {
  const u = unit ? ` ${unit}` : '';
  const latest = input.latest ? describeLatestEn(input.latest, u) : '';
  const target = input.target ? `the ${input.target.year} target of ${asEntered(input.target.value)}${u}${targetNote}` : '';
  const pace = input.direction === 'lower' ? 'decline' : 'growth';
  switch (result.status) {
    case 'no_data':
      return input.latest ? 'No baseline yet: progress cannot be computed.' : 'No actual value entered yet.';
    case 'achieved':
      return `${latest}, meeting ${target}.`;
    case 'binding_target_missed':
      return `Binding indicator: ${latest}, short of ${target}.`;
    case 'on_track':
      return (result.ratio ?? 1) > FAR_AHEAD ? `${latest}; ${pace} far ahead of what the target needs: on track.` : `${latest}; ${pace} at ${pct(result.ratio ?? 1)} of what the target needs: on track.`;
    case 'needs_acceleration':
      return `${latest}; ${pace} only ${pct(result.ratio ?? 0)} of what the target needs: needs to speed up.`;
    case 'limited_progress':
      return `${latest}; ${pace} only ${pct(result.ratio ?? 0)} of what the target needs: limited progress.`;
    case 'deteriorating':
      return `${latest}, moving away from the ${input.target ? 'target' : 'expected direction'}.`;
  }
}

function describeLatestEn(latest: LatestObservation, u: string): string {
  if (latest.quarter === undefined) return `${latest.year} actual ${asEntered(latest.value)}${u}`;
  if (latest.yearToDate === undefined) return `${latest.year} Q${latest.quarter} actual ${asEntered(latest.value)}${u}`;
  return `${latest.year} Q1–Q${latest.quarter} cumulative ${asEntered(latest.yearToDate)}${u} (${formatNumber(latest.value)}${u} for the year)`;
}

/** "At this pace: 38 of 40 by 2025", in English. */
export function forecastSentenceEn(forecast: number | null, target: Observation | null, unit: string | null): string | null {
  if (forecast === null || !target) return null;
  const u = unit ? ` ${unit}` : '';
  return `At this pace: ${formatNumber(forecast)}${u} by ${target.year} (target ${formatNumber(target.value)}${u})`;
}
