import type { Light, LightReason } from './lights';

/**
 * The agenda of a quarterly work meeting (季度工作调度会): the hardest problems (重点难点) are the
 * red items, then the yellow ones — tasks, then indicators, then units — each with its reasons,
 * as the lights computed them on the day the agenda was drawn up.
 */
export interface AgendaItem {
  kind: 'task' | 'indicator' | 'unit';
  id: string;
  label: string;
  light: Exclude<Light, 'green'>;
  reasons: string[];
}

interface LitItem {
  id: string;
  light: Light;
  reasons: readonly LightReason[];
}

const KIND_ORDER: Record<AgendaItem['kind'], number> = { task: 0, indicator: 1, unit: 2 };

export function agendaFrom(lit: {
  tasks: ReadonlyArray<LitItem & { number: number; title: string }>;
  indicators: ReadonlyArray<LitItem & { number: number; name: string }>;
  units: ReadonlyArray<LitItem & { name: string }>;
}): AgendaItem[] {
  const items: AgendaItem[] = [];
  const add = (kind: AgendaItem['kind'], item: LitItem, label: string) => {
    if (item.light !== 'green') items.push({ kind, id: item.id, label, light: item.light, reasons: item.reasons.map((r) => r.text) });
  };
  for (const t of lit.tasks) add('task', t, `任务${t.number}：${t.title}`);
  for (const i of lit.indicators) add('indicator', i, `指标${i.number}：${i.name}`);
  for (const u of lit.units) add('unit', u, u.name);
  // Stable sort: red before yellow, then tasks, indicators, units, each in the plan's order.
  return items.sort((a, b) => (a.light === b.light ? 0 : a.light === 'red' ? -1 : 1) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
