import type { Cadence, Rules } from './plan-document.schema';
import { splitTopLevel } from './split-top-level';

interface Sentence {
  text: string;
  line: number;
}

/**
 * The rules that run the plan's cycle (保障措施): who reports, how often and by when; the
 * leading group, its office and the unit hosting it; the meeting cadence; the assessment
 * clause; the supervision office. Each is read from the first sentence that states it.
 * The office's host is returned as written (县科技和工信局); the caller resolves it in the unit registry.
 */
export function extractRules(lines: readonly string[], fromIndex: number): Rules {
  const sentences = lines.slice(fromIndex).flatMap((text, k) =>
    text
      .split(/(?<=[。!?])/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => ({ text: s, line: fromIndex + k + 1 })),
  );
  const leadingGroup = readLeadingGroup(sentences);
  return {
    reporting: readReporting(sentences),
    meeting: readMeeting(sentences),
    assessment: readAssessment(sentences),
    office: readOffice(sentences, leadingGroup?.name ?? null),
    leadingGroup,
    supervision: readSupervision(sentences),
  };
}

const CADENCE = /每季度|每个季度|每季|每月|每半年|每年|定期/;

function cadenceOf(text: string): Cadence | null {
  const word = CADENCE.exec(text)?.[0];
  if (word === undefined) return null;
  if (word.startsWith('每季') || word === '每个季度') return 'quarterly';
  if (word === '每月') return 'monthly';
  if (word === '每半年') return 'half_yearly';
  if (word === '每年') return 'yearly';
  return 'regular';
}

function readReporting(sentences: readonly Sentence[]): Rules['reporting'] {
  const found = sentences.find((s) => /上报|报送|报告|反馈/.test(s.text) && /日前|日之前/.test(s.text) && cadenceOf(s.text) !== null);
  const any = found ?? sentences.find((s) => /(上报|报送)[^。]*(情况|进展)/.test(s.text) && cadenceOf(s.text) !== null);
  if (any === undefined) return null;
  const cadence = cadenceOf(any.text) ?? 'regular';
  const day = /(\d{1,2})\s*日(?:之)?前/.exec(any.text)?.[1];
  const dueMonthOfPeriod = /(季度末|季末|月末|年末|半年末|年底)\s*\d{0,2}\s*日?/.test(any.text)
    ? 'last'
    : /次月|下月|下季度|次季度|下一季度/.test(any.text)
      ? 'next_first'
      : null;
  return {
    cadence,
    dueDay: day === undefined || Number(day) < 1 || Number(day) > 31 ? null : Number(day),
    dueMonthOfPeriod,
    reportTo: /向([^,;。]{2,40}?)(?:上报|报送|报告|反馈)/.exec(any.text)?.[1] ?? null,
    reporters: /^(各[^\s,;。]{1,10}?(?:单位|部门)|[^\s,;。]{2,20}?(?:单位|部门))/.exec(any.text)?.[1] ?? null,
    text: any.text,
    line: any.line,
  };
}

function readMeeting(sentences: readonly Sentence[]): Rules['meeting'] {
  const found = sentences.find((s) => /召开|召集/.test(s.text) && /例会|会议|调度会|推进会|联席会/.test(s.text) && cadenceOf(s.text) !== null);
  if (found === undefined) return null;
  const clause = found.text.split(/[,;]/).find((c) => CADENCE.test(c)) ?? found.text;
  return {
    cadence: cadenceOf(found.text) ?? 'regular',
    organiser: /([^\s,;。]{2,40}?)(?:每季度|每个季度|每季|每月|每半年|每年|定期)/.exec(clause)?.[1] ?? null,
    text: found.text,
    line: found.line,
  };
}

function readAssessment(sentences: readonly Sentence[]): Rules['assessment'] {
  const found = sentences.find((s) => /纳入[^。]*考核|考核[^。]*(内容|指标|体系)/.test(s.text));
  if (found === undefined) return null;
  const scope = /纳入([^,;。]+?)(?:年度|年终|绩效|目标)*考核/.exec(found.text)?.[1] ?? '';
  return {
    cadence: /年度考核|年终考核|年度目标考核/.test(found.text) ? 'yearly' : null,
    scope: splitTopLevel(scope, /、/).filter((s) => s !== ''),
    text: found.text,
    line: found.line,
  };
}

function readLeadingGroup(sentences: readonly Sentence[]): Rules['leadingGroup'] {
  const found = sentences.find((s) => /成立|组建|建立/.test(s.text) && /领导小组(?!办公室)/.test(s.text));
  const name = found === undefined ? undefined : /([^\s,;。、的由为]{2,30}?领导小组)(?!办公室)/.exec(found.text)?.[1];
  if (found === undefined || name === undefined) return null;
  return {
    name: name.replace(/^(成立|组建|建立)/, ''),
    head: /由([^,;。]{2,20}?)(?:担任|任)组长/.exec(found.text)?.[1] ?? null,
    deputyHead: /([^,;。由]{2,20}?)(?:担任|任)副组长/.exec(found.text)?.[1] ?? null,
    line: found.line,
  };
}

function readOffice(sentences: readonly Sentence[], groupName: string | null): Rules['office'] {
  for (const sentence of sentences) {
    const match = /([^\s,;。、的]{0,30}?领导小组)?办公室设在([^,;。]+?)(?:[,;。]|$)/.exec(sentence.text);
    if (match === null) continue;
    const group = match[1] === undefined || match[1] === '领导小组' ? (groupName ?? match[1] ?? '') : match[1];
    return { name: `${group}办公室`, hostUnit: null, hostUnitAsWritten: match[2]?.trim() ?? null, line: sentence.line };
  }
  return null;
}

function readSupervision(sentences: readonly Sentence[]): Rules['supervision'] {
  const found = sentences.filter((s) => /督查室|督查办|督办室/.test(s.text));
  const first = found[0];
  const unit = first === undefined ? undefined : /([^\s,;。]{2,30}?(?:督查室|督查办|督办室))/.exec(first.text)?.[1];
  if (first === undefined || unit === undefined) return null;
  return { unit, circulars: found.some((s) => /通报/.test(s.text)), text: first.text, line: first.line };
}
