import { splitTopLevel } from './split-top-level';

export interface UnitClause {
  lead: string[];
  responsible: string[];
  cooperating: string[];
  /** The clause as written, without its surrounding brackets. */
  clause: string;
  /** Where the clause (brackets included) sits in the task text, to cut it out. */
  start: number;
  end: number;
}

const ROLE_LABEL_SOURCE = '【?(牵头单位|牵头部门|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)】?\\s*:?';
const ROLE_LABEL = new RegExp(ROLE_LABEL_SOURCE);
// A fresh global regex per use: a shared one carries lastIndex from call to call.
const roleLabels = (text: string) => [...text.matchAll(new RegExp(ROLE_LABEL_SOURCE, 'g'))];
const PHRASE_ROLE_END = /(牵头|配合|协助|参与|负责)$/;

/**
 * Finds who does a task. Plans end a task with "(牵头单位:X;责任单位:A、B)"; others write
 * 【牵头单位】X【责任单位】A, "牵头单位:X 责任单位:A" on a line of its own, or "(X牵头,Y配合)".
 * 责任部门 reads as 责任单位, 配合单位/协办单位 as cooperating units. Returns null when there is none.
 */
export function findUnitClause(text: string): UnitClause | null {
  const groups = bracketGroups(text).filter((g) => hasLabel(g.inner) || isPhraseClause(g.inner));
  const group = groups[groups.length - 1];
  if (group !== undefined) return { ...readClause(group.inner), clause: group.inner.trim(), start: group.start, end: group.end };
  const labelled = ROLE_LABEL.exec(text);
  if (labelled !== null) {
    const clause = text.slice(labelled.index).replace(/[。\s]+$/, '');
    return { ...readClause(clause), clause, start: labelled.index, end: text.length };
  }
  const lastSentence = /(?:^|[。])([^。]{2,160}?(?:配合|负责|牵头))。?\s*$/.exec(text);
  if (lastSentence?.[1] !== undefined && isPhraseClause(lastSentence[1]) && /牵头/.test(lastSentence[1])) {
    const start = text.lastIndexOf(lastSentence[1]);
    return { ...readClause(lastSentence[1]), clause: lastSentence[1], start, end: text.length };
  }
  return null;
}

const hasLabel = (text: string) => ROLE_LABEL.test(text);

/** "X牵头,Y配合" with no labels: every part names units and ends in a role word. */
function isPhraseClause(text: string): boolean {
  const parts = splitTopLevel(text, /[,;]/).filter((p) => p !== '');
  return parts.length > 0 && parts.length <= 4 && parts.every((p) => PHRASE_ROLE_END.test(p) && p.length <= 120);
}

function readClause(clause: string): Omit<UnitClause, 'clause' | 'start' | 'end'> {
  const result = { lead: [] as string[], responsible: [] as string[], cooperating: [] as string[] };
  const labels = roleLabels(clause);
  if (labels.length === 0) {
    for (const part of splitTopLevel(clause, /[,;]/)) {
      const role = PHRASE_ROLE_END.exec(part)?.[1];
      const names = splitUnits(part.replace(PHRASE_ROLE_END, '').replace(/^由/, ''));
      if (role === '牵头') result.lead.push(...names);
      else if (role === '负责') result.responsible.push(...names);
      else if (role !== undefined) result.cooperating.push(...names);
    }
    return result;
  }
  labels.forEach((label, k) => {
    const from = label.index + label[0].length;
    const value = clause.slice(from, labels[k + 1]?.index ?? clause.length);
    const names = splitUnits(value);
    const role = label[1] ?? '';
    if (role.startsWith('牵头') || role === '主责单位') result.lead.push(...names);
    else if (role.startsWith('责任')) result.responsible.push(...names);
    else result.cooperating.push(...names);
  });
  return result;
}

/** How the name of an organisation ends: 局, 委, 办, 中心, 管委会, 乡, 镇, 街道... */
const UNIT_SUFFIX = '(?:局|委|办|部|院|会|中心|所|站|队|公司|集团|园区|乡|镇|场|街道|厅|处|室|社|行|馆|团|校|协|联|署)';
/**
 * A conjunction between two complete names (财政局和人社局), not one inside a name: 科技和工信局
 * keeps its 和 because 科技 does not end like an organisation, and neither does 和 followed by
 * a name that doesn't (卫健局和有关…).
 */
const CONJUNCTION_BETWEEN_NAMES = new RegExp(`(?<=${UNIT_SUFFIX}(?:\\([^()]*\\))?)(?:和|及|与|以及)(?=[^、,;\\s]*${UNIT_SUFFIX}(?:\\([^()]*\\))?$)`);

/**
 * Splits a list of unit names written with 、 , ; or spaces, or joined by 和/及/与 between two
 * complete names, keeping 组织部(人才办) whole. 及 or 与 opening a later item (财政局、及人社局) is
 * dropped; 和 is not, because real names begin with it (和平乡, 和田…) and 、和 is not how a
 * document joins a list.
 */
export function splitUnits(list: string): string[] {
  return splitTopLevel(list, /[、,;\s]/)
    .flatMap((item, k) => splitOnConjunction(k === 0 ? item.replace(/^由/, '') : item.replace(/^(?:由|以及|及|与)(?=.)/, '')))
    .map((name) => name.replace(/(等单位|等部门|等)$/, '').replace(/[。.]+$/, '').trim())
    .filter((name) => name !== '');
}

function splitOnConjunction(item: string): string[] {
  const parts: string[] = [];
  let rest = item;
  for (let match = CONJUNCTION_BETWEEN_NAMES.exec(rest); match; match = CONJUNCTION_BETWEEN_NAMES.exec(rest)) {
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  return [...parts, rest];
}

interface BracketGroup {
  inner: string;
  start: number;
  end: number;
}

/** The outermost ( ) groups of a text, nested brackets included: (牵头单位:组织部(人才办);…). */
function bracketGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '(') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (char === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push({ inner: text.slice(open + 1, i), start: open, end: i + 1 });
    }
  }
  // An unclosed clause at the end (a truncated copy) still counts.
  if (depth > 0 && open >= 0) groups.push({ inner: text.slice(open + 1), start: open, end: text.length });
  return groups;
}
