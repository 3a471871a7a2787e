import type { Section, Task } from './plan-document.schema';
import { metricKey } from './metric-phrase';

/** Share of a metric's character pairs that must appear in a task's text for the task to carry it. */
const COVERAGE_NEEDED = 0.75;

const bigrams = (text: string): string[] => {
  const chars = [...text.replace(/[“”"‘’'「」《》\s]/g, '').replace(/(国家|自治区|省|市|县)级/g, '$1')];
  return chars.slice(1).map((char, i) => `${chars[i] ?? ''}${char}`);
};

export interface OwnerIndex {
  /** The tasks that carry a metric: their lead units answer for it. Empty when none does. */
  ownersOf(metric: string): number[];
}

/**
 * Links an overall goal or an indicator to the tasks that carry it, so each has an owner
 * (the task's lead unit). A task carries a metric when one of its targets measures the same
 * thing (metricKey), or else when its text covers most of the metric's wording; ties keep every
 * best task. A link is a suggestion for the office to confirm, not a fact of the document.
 */
export function indexOwners(sections: readonly Section[]): OwnerIndex {
  const tasks: { task: Task; keys: Set<string>; pairs: Set<string> }[] = sections.flatMap((s) =>
    s.tasks.map((task) => ({
      task,
      keys: new Set(task.targets.map((t) => metricKey(t.metric))),
      pairs: new Set(bigrams(`${task.title}${task.text}`)),
    })),
  );
  return {
    ownersOf(metric) {
      const key = metricKey(metric);
      const exact = tasks.filter((t) => t.keys.has(key)).map((t) => t.task.number);
      if (exact.length > 0) return exact;
      // Whoever carries a total also carries the additions to it: 新增国家高新技术企业 → 国家高新技术企业.
      const wanted = bigrams(key.replace(/^新增/, ''));
      if (wanted.length === 0) return [];
      let best = 0;
      let owners: number[] = [];
      for (const { task, pairs } of tasks) {
        const coverage = wanted.filter((pair) => pairs.has(pair)).length / wanted.length;
        if (coverage > best + 1e-9) {
          best = coverage;
          owners = [task.number];
        } else if (Math.abs(coverage - best) <= 1e-9 && coverage > 0) {
          owners.push(task.number);
        }
      }
      return best >= COVERAGE_NEEDED ? owners : [];
    },
  };
}
