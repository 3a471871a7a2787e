import { formatNumber } from './forecast';
import type { LatestObservation, StatusInput, StatusResult } from './indicator-status';

/** A value as entered, at most two decimals (155.2 stays 155.2; a forecast rounds harder). */
export const asEntered = (value: number) => String(Math.round(value * 100) / 100);
export const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
/** Above this R (twice the pace needed) the sentence says "far ahead" instead of a percentage. */
export const FAR_AHEAD = 2;

/**
 * One sentence, in Chinese, that says why an indicator has its status. `targetNote` follows the
 * target where it needs saying where the figure comes from (（较2020年下降15%）).
 */
export function explainStatus(result: StatusResult, input: StatusInput, unit: string | null, targetNote = ''): string {
  const u = unit ?? '';
  const latest = input.latest ? describeLatest(input.latest, u) : '';
  const target = input.target ? `${input.target.year}年目标${asEntered(input.target.value)}${u}${targetNote}` : '';
  // A lower-is-better indicator (能耗) falls towards its target: its pace is a decline, 降幅.
  const pace = input.direction === 'lower' ? '降幅' : '增速';
  switch (result.status) {
    case 'no_data':
      return input.latest ? '缺少基期数据，暂无法计算进度。' : '尚未填报实际值。';
    case 'achieved':
      return `${latest}，已达到${target}。`;
    case 'binding_target_missed':
      return `约束性指标：${latest}，未达到${target}。`;
    case 'on_track':
      // A zero baseline (replaced by 0.001) or a change of sign can give R in the hundreds: no figure then.
      return (result.ratio ?? 1) > FAR_AHEAD ? `${latest}，${pace}远超达标所需，按计划推进。` : `${latest}，${pace}为达标所需的${pct(result.ratio ?? 1)}，按计划推进。`;
    case 'needs_acceleration':
      return `${latest}，${pace}仅为达标所需的${pct(result.ratio ?? 0)}，需加快推进。`;
    case 'limited_progress':
      return `${latest}，${pace}仅为达标所需的${pct(result.ratio ?? 0)}，进展有限。`;
    case 'deteriorating':
      return `${latest}，与${target ? '目标' : '预期'}方向相反，情况恶化。`;
  }
}

/** "2023年实际25家"; a quarter in progress says which quarter, and a pro-rated flow says both figures. */
function describeLatest(latest: LatestObservation, u: string): string {
  if (latest.quarter === undefined) return `${latest.year}年实际${asEntered(latest.value)}${u}`;
  if (latest.yearToDate === undefined) return `${latest.year}年第${latest.quarter}季度实际${asEntered(latest.value)}${u}`;
  return `${latest.year}年前${latest.quarter}季度累计${asEntered(latest.yearToDate)}${u}（折合全年${formatNumber(latest.value)}${u}）`;
}

/** Each status as the county's documents name it (the .xlsx export; the web app has its own i18n). */
export const STATUS_LABELS_ZH: Record<StatusResult['status'], string> = {
  achieved: '已达标',
  on_track: '进展顺利',
  needs_acceleration: '需加快推进',
  limited_progress: '进展有限',
  deteriorating: '情况恶化',
  binding_target_missed: '约束性目标未完成',
  no_data: '暂无数据',
};
