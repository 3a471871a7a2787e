import type { Comparator, Target } from './plan-document.schema';

export interface Wording {
  comparator: Comparator;
  kind: Target['kind'];
  qualifier: Target['qualifier'];
}

/**
 * Words that sit between a metric and its number (…企业占比达到45%, …收入年均分别增长6.5%),
 * longest first so that 提高到 is read before 提高.
 */
const TAIL_WORDS = [
  '提高到', '提升到', '提高至', '提升至', '增加到', '增加至', '增长到', '增长至', '下降到', '下降至', '降低到', '降低至', '减少到',
  '减少至', '控制在', '稳定在', '保持在', '不少于', '不低于', '不超过', '不高于', '不大于', '不小于', '增长率', '达到', '超过',
  '突破', '高于', '低于', '增速', '增幅', '增长', '下降', '降低', '减少', '提高', '提升', '增加', '分别', '年均', '平均', '降至',
  '达', '为', '约',
];

/** Strips the comparison words from the end of a metric phrase and returns them, last first. */
export function stripTailWords(phrase: string): { metric: string; words: string[] } {
  let metric = phrase.trim();
  const words: string[] = [];
  for (let guard = 0; guard < 6; guard += 1) {
    const word = TAIL_WORDS.find((w) => metric.endsWith(w) && metric.length > w.length);
    if (word === undefined) break;
    words.push(word);
    metric = metric.slice(0, -word.length).trim();
  }
  return { metric, words };
}

const GROWTH = new Set(['增速', '增幅', '增长率', '增长', '提高', '提升', '增加']);
const FALL = new Set(['下降', '降低', '减少']);
const MORE_THAN = new Set(['超过', '突破', '高于']);
/** "Rise to" and "fall to" name the level reached, not the change: 提高到50% is a level of 50%. */
const RISE_TO = new Set(['提高到', '提升到', '提高至', '提升至', '增加到', '增加至', '增长到', '增长至']);
const FALL_TO = new Set(['下降到', '下降至', '降低到', '降低至', '减少到', '减少至', '降至', '控制在']);
const AT_MOST = new Set([...FALL_TO, '不超过', '不高于', '不大于']);
const AT_LEAST = new Set([...RISE_TO, '达到', '达', '不少于', '不低于', '不小于', '稳定在', '保持在']);

/**
 * Reads the comparison a plan's wording states (DOMAIN.md): 以上/不少于/达到 → >=, 超过 → >,
 * 左右 → approx, 下降X% → decrease_by, 年均增长X% → increase_by (annual_growth), 提高到 → >=.
 * `after` is what follows the number (以上, 左右, 以内).
 */
export function classifyWording(words: readonly string[], after: string): Wording {
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  const isAbout = /^(左右|上下)/.test(after) || words.includes('约');
  if ((has(GROWTH) || has(FALL)) && !has(RISE_TO) && !has(FALL_TO)) {
    return {
      comparator: has(FALL) ? 'decrease_by' : 'increase_by',
      kind: words.includes('年均') || words.includes('平均') ? 'annual_growth' : 'relative_change',
      qualifier: growthQualifier(words, after, isAbout, has),
    };
  }
  return { comparator: levelComparator(words, after, isAbout, has), kind: 'level', qualifier: null };
}

type Has = (set: Set<string>) => boolean;

function growthQualifier(words: readonly string[], after: string, isAbout: boolean, has: Has): Target['qualifier'] {
  if (isAbout) return 'about';
  if (has(MORE_THAN)) return 'more_than';
  if (/^(以上|及以上)/.test(after) || has(AT_LEAST)) return 'at_least';
  if (/^(以内|以下)/.test(after) || has(AT_MOST)) return 'at_most';
  return null;
}

function levelComparator(words: readonly string[], after: string, isAbout: boolean, has: Has): Comparator {
  if (isAbout) return 'approx';
  if (has(MORE_THAN)) return '>';
  if (words.includes('低于')) return '<';
  if (has(AT_MOST) || /^(以内|以下)/.test(after)) return '<=';
  if (has(AT_LEAST) || /^(以上|及以上)/.test(after)) return '>=';
  return '=';
}
