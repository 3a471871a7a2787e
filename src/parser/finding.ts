import type { Finding, FindingCode } from './plan-document.schema';

type Params = Record<string, string | number>;

interface Template {
  severity: Finding['severity'];
  en: (p: Params) => string;
  zh: (p: Params) => string;
}

const s = (p: Params, key: string): string => String(p[key] ?? '');
/** Quotes a name in Chinese; quotes inside it become single quotes (“加快‘智慧城市’建设步伐”). */
const q = (p: Params, key: string): string => `“${s(p, key).replace(/“/g, '‘').replace(/”/g, '’')}”`;

/**
 * Every finding the checker can raise, with an English message for developers and logs and a
 * Chinese one for the county clerk who fixes the plan (docs/plan-format.md lists the codes).
 * The params carry the same facts in structured form, for a UI that words them itself.
 */
const TEMPLATES: Record<FindingCode, Template> = {
  conflicting_targets: {
    severity: 'warning',
    en: (p) => `"${s(p, 'metric')}" has different ${s(p, 'year')} targets in different places: ${s(p, 'valuesEn')}.`,
    zh: (p) => `${q(p, 'metric')}${s(p, 'year')}年目标在不同位置不一致:${s(p, 'valuesZh')},请核实后统一。`,
  },
  task_without_lead_unit: {
    severity: 'error',
    en: (p) => `Task ${s(p, 'task')} (${s(p, 'title')}) names no lead unit.`,
    zh: (p) => `第${s(p, 'task')}项任务${q(p, 'title')}未明确牵头单位。`,
  },
  task_without_responsible_units: {
    severity: 'warning',
    en: (p) => `Task ${s(p, 'task')} (${s(p, 'title')}) names no responsible units.`,
    zh: (p) => `第${s(p, 'task')}项任务${q(p, 'title')}未明确责任单位。`,
  },
  task_number_gap: {
    severity: 'warning',
    en: (p) => `Task numbering jumps from ${s(p, 'previous')} to ${s(p, 'task')}: a task may be missing.`,
    zh: (p) => `任务序号从${s(p, 'previous')}跳到${s(p, 'task')},可能漏了任务,请核对。`,
  },
  indicator_cells_unparsed: {
    severity: 'error',
    en: (p) => `Indicator ${s(p, 'indicator')} (${s(p, 'name')}): the target for ${s(p, 'years')} cannot be read (${s(p, 'cells')}).`,
    zh: (p) => `年度指标第${s(p, 'indicator')}项${q(p, 'name')}${s(p, 'years')}年的目标值无法识别(${s(p, 'cells')})。`,
  },
  indicator_attribute_missing: {
    severity: 'warning',
    en: (p) => `Indicator ${s(p, 'indicator')} (${s(p, 'name')}) is neither marked expected (预期性) nor binding (约束性).`,
    zh: (p) => `年度指标第${s(p, 'indicator')}项${q(p, 'name')}未标明指标属性(预期性或约束性)。`,
  },
  indicator_unit_missing: {
    severity: 'info',
    en: (p) => `Indicator ${s(p, 'indicator')} (${s(p, 'name')}) has no unit of measure.`,
    zh: (p) => `年度指标第${s(p, 'indicator')}项${q(p, 'name')}未注明计量单位。`,
  },
  target_without_owner: {
    severity: 'warning',
    en: (p) => `No task carries the ${s(p, 'source')} "${s(p, 'metric')}", so no unit is responsible for it.`,
    zh: (p) => `${s(p, 'sourceZh')}${q(p, 'metric')}未落实到具体任务,没有牵头单位负责。`,
  },
  suspected_duplicate_unit: {
    severity: 'info',
    en: (p) => `"${s(p, 'a')}" and "${s(p, 'b')}" may be the same unit: please confirm.`,
    zh: (p) => `${q(p, 'a')}与${q(p, 'b')}可能是同一单位,请确认。`,
  },
  metadata_missing: {
    severity: 'info',
    en: (p) => `The document's ${s(p, 'field')} was not found.`,
    zh: (p) => `未识别到文件的${s(p, 'fieldZh')}。`,
  },
};

export function createFinding(code: FindingCode, params: Params, lines: readonly number[]): Finding {
  const template = TEMPLATES[code];
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  return {
    severity: template.severity,
    code,
    message: template.en(params),
    messageZh: template.zh(params),
    line: sorted[0] ?? null,
    lines: sorted,
    params,
  };
}
