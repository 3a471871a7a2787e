import type { Target } from './plan-document.schema';
import { splitListSubjects, stripMetricHead } from './metric-phrase';
import { classifyWording, stripTailWords, type Wording } from './target-wording';
import { UNIT_SOURCE } from './units-of-measure';

/** What a region (the overall goals, one task) has said so far that later sentences inherit. */
export interface TargetContext {
  /** The deadline in force: 到2025年 holds for the rest of the region. */
  year: number | null;
}

const QUANTITY = new RegExp(
  `(?<![\\dA-Za-z.·])(\\d+(?:\\.\\d+)?)(?:\\s*[-~～至到—–]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNIT_SOURCE})?(以上|及以上|以下|以内|左右|上下)?`,
  'g',
);
const DEADLINE = /到\s*((?:19|20)\d{2})\s*年(?:底|末)?|((?:19|20)\d{2})\s*年(?:底|末)?(?:前|(?=完成|实现|建成|达到))/g;
/** 到“十四五”末: the last year of a five-year plan period (十三五 2020, 十四五 2025, 十五五 2030). */
const FIVE_YEAR_END = /“?十(三|四|五)五”?(?:末|期末|时期末)/g;
const FIVE_YEAR_LAST: Record<string, number> = { 三: 2020, 四: 2025, 五: 2030 };
const YEARLY = /每年|每一年|年年/g;
const START_YEAR = /从\s*((?:19|20)\d{2})\s*年\s*(?:开始|起)|((?:19|20)\d{2})\s*年起/g;
/** Numbers that describe a thing rather than set a target: 年产45000吨, 总投资3亿元. */
const DESCRIPTIVE_PREFIX = /(?:年产|日产|年处理|年加工|总投资|投资|占地|面积|第)约?$/;
const DELIMITERS = new Set([',', ';', ':', '。', '!', '?']);

interface Marker {
  at: number;
  apply: (state: SentenceState) => void;
}

interface SentenceState {
  yearly: boolean;
  startYear: number | null;
}

/**
 * Reads the quantified targets of one line of a plan: 培育国家高新技术企业40家以上 →
 * {metric 国家高新技术企业, comparator >=, value 40, unit 家}. A number counts as a target when
 * wording marks it (达到, 以上, 年均增长) or a deadline or yearly cadence is in force; a number
 * that describes (年产45000吨) or names (5G, “5·19”) never does.
 */
export function extractTargets(text: string, line: number, context: TargetContext): Target[] {
  const targets: Target[] = [];
  for (const sentence of text.split(/(?<=[。!?])/)) targets.push(...readSentence(sentence, line, context));
  return targets;
}

function markersOf(sentence: string, context: TargetContext): Marker[] {
  const markers: Marker[] = [];
  for (const m of sentence.matchAll(DEADLINE)) {
    const year = Number(m[1] ?? m[2]);
    markers.push({ at: m.index, apply: () => (context.year = year) });
  }
  for (const m of sentence.matchAll(FIVE_YEAR_END)) {
    const year = FIVE_YEAR_LAST[m[1] ?? ''] ?? null;
    markers.push({ at: m.index, apply: () => (context.year = year ?? context.year) });
  }
  for (const m of sentence.matchAll(YEARLY)) markers.push({ at: m.index, apply: (s) => (s.yearly = true) });
  for (const m of sentence.matchAll(START_YEAR)) {
    const year = Number(m[1] ?? m[2]);
    markers.push({ at: m.index, apply: (s) => (s.startYear = year) });
  }
  return markers.sort((a, b) => a.at - b.at);
}

interface Pending {
  subject: string;
  words: string[];
  wording: Wording;
  items: { value: number; maxValue: number | null; unit: string | null }[];
  isList: boolean;
  start: number;
  end: number;
  year: number | null;
  yearly: boolean;
  startYear: number | null;
}

const NOUN_END = /[,;:。!?、]/;
const MAX_METRIC_LENGTH = 100;

function readSentence(sentence: string, line: number, context: TargetContext): Target[] {
  const markers = markersOf(sentence, context);
  const state: SentenceState = { yearly: false, startYear: null };
  const targets: Target[] = [];
  let consumedTo = 0;
  let pending: Pending | null = null;
  // The last delimiter before the current number, found by one forward scan (not one per number).
  let scanned = 0;
  let lastDelimiter = -1;
  let nextMarker = 0;
  for (const m of sentence.matchAll(QUANTITY)) {
    for (; scanned < m.index; scanned += 1) if (DELIMITERS.has(sentence.charAt(scanned))) lastDelimiter = scanned;
    for (let marker = markers[nextMarker]; marker !== undefined && marker.at < m.index; marker = markers[++nextMarker]) marker.apply(state);
    const [whole, first = '', second, unit, after] = m;
    const end = m.index + whole.length;
    const next = sentence.charAt(end);
    // 2025年 and 3年 are times, 5G is a name: neither is a target.
    if (unit === undefined && (next === '年' || /[A-Za-z]/.test(next))) continue;
    if (/^\d{4}$/.test(first) && /^\s*年/.test(sentence.slice(m.index + first.length, m.index + first.length + 4))) continue;
    if (DESCRIPTIVE_PREFIX.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
    // A metric is a phrase, not a paragraph: capping its length keeps long clauses linear.
    const start = Math.max(consumedTo, lastDelimiter + 1, m.index - MAX_METRIC_LENGTH);
    const raw = sentence.slice(start, m.index);
    const item = { value: Number(first), maxValue: second === undefined ? null : Number(second), unit: unit ?? null };
    if (pending !== null && start === consumedTo && /^[\s、和及与]*$/.test(raw)) {
      // The next value of a list: 分别增长6.5%、7%以上. A closing 以上 bounds every value.
      pending.items.push(item);
      pending.end = end;
      pending.isList = true;
      if (after !== undefined) pending.wording = classifyWording(pending.words, after);
      consumedTo = end;
      continue;
    }
    const { metric, words } = stripTailWords(raw);
    if (unit === undefined && words.length === 0) continue;
    if (words.length === 0 && after === undefined && context.year === null && !state.yearly) continue;
    let subject = stripMetricHead(metric);
    let consumed = end;
    if (next !== '' && !NOUN_END.test(next) && next !== ')') {
      // The thing counted follows the number: 每年实施2-3个“揭榜挂帅”项目.
      if (subject.length > 4 || (context.year === null && !state.yearly)) continue;
      const noun = sentence.slice(end, end + 40).split(NOUN_END)[0] ?? '';
      subject = stripMetricHead(`${subject}${noun}`);
      consumed = end + noun.length;
    }
    if (subject === '') continue;
    if (pending !== null) targets.push(...finish(pending, sentence, line));
    pending = {
      subject,
      words,
      wording: classifyWording(words, after ?? ''),
      items: [item],
      isList: false,
      start,
      end: consumed,
      year: context.year,
      yearly: state.yearly,
      startYear: state.startYear,
    };
    consumedTo = consumed;
  }
  if (pending !== null) targets.push(...finish(pending, sentence, line));
  for (const marker of markers.slice(nextMarker)) marker.apply(state);
  return targets;
}

function finish(pending: Pending, sentence: string, line: number): Target[] {
  const subjects = pending.isList ? splitListSubjects(pending.subject, pending.items.length) : [pending.subject];
  const text = sentence.slice(pending.start, pending.end).replace(/^[\s,、;:]+/, '').trim();
  return pending.items.map((item, index) => ({
    metric: subjects[index] ?? pending.subject,
    // A range (2-3个) is at least its lower end, at most its upper (maxValue).
    comparator: item.maxValue !== null && pending.wording.comparator === '=' ? '>=' : pending.wording.comparator,
    value: item.value,
    maxValue: item.maxValue,
    qualifier: pending.wording.qualifier,
    unit: item.unit,
    year: pending.year,
    startYear: pending.startYear,
    cadence: pending.yearly ? 'yearly' : pending.year !== null ? 'deadline' : 'unspecified',
    kind: pending.wording.kind,
    text,
    line,
  }));
}
