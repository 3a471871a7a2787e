import { daysBetween, type IsoDate } from '../reporting/calendar';
import type { Timeliness } from '../reporting/timeliness';
import type { IndicatorStatus } from '../indicators/indicator-status';
import { noticeLevel, type EscalationThresholds, type NoticeStatus } from './notice-escalation';

/**
 * Red, yellow and green lights for tasks, indicators and units, computed by rule and never
 * declared (DOMAIN.md: "status computed, not self-declared"). Chinese supervision platforms:
 * green on time; yellow when a deadline is near (≤ 3 days) or a report came late; red when a
 * report is missing, a task lags (滞后), a binding (约束性) indicator is missed or at risk, or a
 * notice (督办单) is overdue. A light is the worst of its reasons; each reason is a zh-CN sentence.
 */
export type Light = 'green' | 'yellow' | 'red';

export type ReasonCode =
  | 'report_missing'
  | 'report_late'
  | 'report_due_soon'
  | 'task_lagging'
  | 'indicator_binding_missed'
  | 'indicator_binding_at_risk'
  | 'indicator_lagging'
  | 'notice_overdue'
  | 'notice_due_soon'
  | 'notice_open';

export interface LightReason {
  light: Exclude<Light, 'green'>;
  code: ReasonCode;
  text: string;
}

export interface LightResult {
  light: Light;
  reasons: LightReason[];
}

/** A report someone owes in an open period; `subject` names it for the sentence (a unit or a task). */
export interface ObligationFact {
  subject: string;
  periodKey: string;
  dueDate: IsoDate;
  timeliness: Timeliness;
}

export interface NoticeFact {
  number: string;
  status: NoticeStatus;
  dueDate: IsoDate;
}

export interface LightRules {
  /** Yellow when a report's deadline is this many days away or less (3 by default). */
  dueSoonDays: number;
  escalation: EscalationThresholds;
}

export const DEFAULT_DUE_SOON_DAYS = 3;

const RANK: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

/** The worst light among the reasons, reasons worst first (stable within a light). */
export function lightOf(reasons: readonly LightReason[]): LightResult {
  const sorted = [...reasons].sort((a, b) => RANK[b.light] - RANK[a.light]);
  const light = sorted.reduce<Light>((worst, r) => (RANK[r.light] > RANK[worst] ? r.light : worst), 'green');
  return { light, reasons: sorted };
}

/** Reports missing, late or due soon, one sentence per (kind, period) naming every subject. */
export function obligationReasons(obligations: readonly ObligationFact[], today: IsoDate, dueSoonDays: number): LightReason[] {
  const groups = new Map<string, { code: ReasonCode; periodKey: string; parts: string[]; light: LightReason['light'] }>();
  const add = (code: ReasonCode, light: LightReason['light'], periodKey: string, part: string) => {
    const key = `${code}/${periodKey}`;
    const group = groups.get(key) ?? { code, periodKey, parts: [], light };
    group.parts.push(part);
    groups.set(key, group);
  };
  for (const o of obligations) {
    const t = o.timeliness;
    if (t.status === 'missing') add('report_missing', 'red', o.periodKey, `${o.subject}（逾期${t.daysOverdue}天）`);
    else if (t.status === 'late') add('report_late', 'yellow', o.periodKey, `${o.subject}（逾期${t.daysLate}天）`);
    else if (t.status === 'not_due' && daysBetween(today, o.dueDate) <= dueSoonDays) {
      // not_due means nothing was submitted yet (a submission is on time or late).
      const left = daysBetween(today, o.dueDate);
      add('report_due_soon', 'yellow', o.periodKey, `${o.subject}（${left <= 0 ? '今天截止' : `还剩${left}天`}）`);
    }
  }
  return [...groups.values()].map((g) => ({ light: g.light, code: g.code, text: `${g.periodKey}进度报告${VERB[g.code]}：${g.parts.join('、')}` }));
}

const VERB: Partial<Record<ReasonCode, string>> = {
  report_missing: '逾期未报送',
  report_late: '逾期报送',
  report_due_soon: '临近截止尚未报送',
};

/** Notices on the item: overdue is red; due soon or still open (not yet 销号) is yellow. */
export function noticeReasons(notices: readonly NoticeFact[], today: IsoDate, thresholds: EscalationThresholds): LightReason[] {
  return notices.flatMap((n): LightReason[] => {
    if (n.status === 'closed') return [];
    const level = noticeLevel(n.status, n.dueDate, today, thresholds);
    const days = daysBetween(today, n.dueDate);
    if (level === 'red') return [{ light: 'red', code: 'notice_overdue', text: `督办单${n.number}已超过反馈时限${-days}天` }];
    if (level === 'yellow') return [{ light: 'yellow', code: 'notice_due_soon', text: `督办单${n.number}${days <= 0 ? '今天' : `${days}天后`}到反馈时限` }];
    const state = n.status === 'responded' ? '已反馈，待销号' : '办理中，尚未销号';
    return [{ light: 'yellow', code: 'notice_open', text: `督办单${n.number}${state}` }];
  });
}

/** A task: its reports in the open periods, its lead unit's latest word on progress, its notices. */
export interface TaskFacts {
  obligations: readonly ObligationFact[];
  /** From the latest consolidated report the lead unit submitted. */
  latestStatus: { status: 'on_track' | 'lagging' | 'completed' | 'not_started'; periodKey: string } | null;
  notices: readonly NoticeFact[];
}

export function taskLight(facts: TaskFacts, today: IsoDate, rules: LightRules): LightResult {
  const lagging: LightReason[] =
    facts.latestStatus?.status === 'lagging' ? [{ light: 'red', code: 'task_lagging', text: `牵头单位${facts.latestStatus.periodKey}报告任务进度滞后` }] : [];
  return lightOf([...lagging, ...obligationReasons(facts.obligations, today, rules.dueSoonDays), ...noticeReasons(facts.notices, today, rules.escalation)]);
}

/** An indicator: its computed status (issue 6) and whether it binds (约束性), and its notices. */
export interface IndicatorFacts {
  status: IndicatorStatus;
  attribute: 'expected' | 'binding' | null;
  /** 'goal': an overall goal's entry (总体目标), judged like an expected indicator. Default 'table'. */
  origin?: 'table' | 'goal';
  notices: readonly NoticeFact[];
}

const AT_RISK: readonly IndicatorStatus[] = ['needs_acceleration', 'limited_progress', 'deteriorating'];

/**
 * What an indicator's computed status says about its light, before any notice: a binding
 * (约束性) indicator missed or at risk is red; an expected one making little progress or going
 * backwards is yellow. An overall goal's entry carries no attribute: a direction to strive for,
 * it is lit like an expected indicator and named as a goal (总体目标). The cockpit's indicator
 * grid uses the same rule.
 */
export function indicatorStatusReasons(status: IndicatorStatus, attribute: IndicatorFacts['attribute'], origin: IndicatorFacts['origin'] = 'table'): LightReason[] {
  const binding = attribute === 'binding';
  if (status === 'binding_target_missed') return [{ light: 'red', code: 'indicator_binding_missed', text: '约束性指标未完成年度目标' }];
  if (binding && AT_RISK.includes(status)) {
    return [{ light: 'red', code: 'indicator_binding_at_risk', text: `约束性指标${STATUS_WORDS[status]}，存在完不成目标的风险` }];
  }
  if (!binding && (status === 'limited_progress' || status === 'deteriorating')) {
    return [{ light: 'yellow', code: 'indicator_lagging', text: `${origin === 'goal' ? '总体目标' : '预期性指标'}${STATUS_WORDS[status]}` }];
  }
  return [];
}

export function indicatorLight(facts: IndicatorFacts, today: IsoDate, rules: LightRules): LightResult {
  return lightOf([...indicatorStatusReasons(facts.status, facts.attribute, facts.origin), ...noticeReasons(facts.notices, today, rules.escalation)]);
}

const STATUS_WORDS: Partial<Record<IndicatorStatus, string>> = {
  needs_acceleration: '进度需加快',
  limited_progress: '进展有限',
  deteriorating: '出现倒退',
};

/**
 * A unit answers for what it owes itself: its reports in the open periods and its notices. A
 * lagging task shows on the task; the supervisor puts it on a unit by issuing a notice.
 */
export interface UnitFacts {
  obligations: readonly ObligationFact[];
  notices: readonly NoticeFact[];
}

export function unitLight(facts: UnitFacts, today: IsoDate, rules: LightRules): LightResult {
  return lightOf([...obligationReasons(facts.obligations, today, rules.dueSoonDays), ...noticeReasons(facts.notices, today, rules.escalation)]);
}
