import type { Comparator, Indicator } from './plan-document.schema';
import { classifyWording, stripTailWords } from './target-wording';
import { isUnitOfMeasure } from './units-of-measure';

export interface IndicatorName {
  name: string;
  unit: string | null;
  comparator: Comparator | null;
}

/**
 * Splits an indicator cell into name, unit and comparison. Table cells write the unit in
 * parentheses, sometimes never closed (Helan: 全社会研发投入强度(%), and put comparison words
 * around it: 引进新品种、新技术、新模式不少于(项), 数字经济…比重达到(%)以上.
 */
export function parseIndicatorName(raw: string): IndicatorName {
  const text = raw.trim();
  const open = text.lastIndexOf('(');
  let unit: string | null = null;
  let before = text;
  let after = '';
  if (open >= 0) {
    const close = text.indexOf(')', open);
    const inside = close >= 0 ? text.slice(open + 1, close) : text.slice(open + 1);
    if (isUnitOfMeasure(inside)) {
      unit = inside.trim();
      before = text.slice(0, open);
      after = close >= 0 ? text.slice(close + 1).trim() : '';
    }
  }
  const { metric, words } = stripTailWords(before);
  const hasWording = words.length > 0 || /^(以上|以下|以内|左右)/.test(after);
  const comparator = hasWording ? classifyWording(words, after).comparator : null;
  return { name: metric, unit, comparator };
}

const LOWER_IS_BETTER = /能耗|耗水|耗能|排放|污染|浓度|事故|死亡|发病|失业|超标|下降|降低|减少|赤字|负债|债务/;

/**
 * Whether a higher or a lower value is better: lower for consumption, emissions and incidents
 * (万元GDP综合能耗), or when the table's own wording says at most.
 */
export function indicatorDirection(name: string, comparator: Comparator | null): Indicator['direction'] {
  if (comparator === '<=' || comparator === '<' || comparator === 'decrease_by') return 'lower';
  return LOWER_IS_BETTER.test(name) ? 'lower' : 'higher';
}
