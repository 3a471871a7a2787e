import type { Role } from '../../shared/api/account';
import type { MessageKey } from '../../shared/i18n/translate';
import type { EscalationLevel, IssueNoticeInput, Light, LightReason, Notice, NoticeAction, NoticeStatus, SubjectKind, Urgency } from './supervision-types';

export const LIGHT_COLORS: Readonly<Record<Light, string>> = { green: 'green', yellow: 'gold', red: 'red' };
export const LEVEL_COLORS: Readonly<Record<EscalationLevel, string>> = { blue: 'blue', yellow: 'gold', red: 'red' };

export const LIGHT_KEYS: Readonly<Record<Light, MessageKey>> = { green: 'supervision.light.green', yellow: 'supervision.light.yellow', red: 'supervision.light.red' };
export const LEVEL_KEYS: Readonly<Record<EscalationLevel, MessageKey>> = { blue: 'supervision.level.blue', yellow: 'supervision.level.yellow', red: 'supervision.level.red' };
export const STATUS_KEYS: Readonly<Record<NoticeStatus, MessageKey>> = {
  issued: 'supervision.status.issued',
  signed: 'supervision.status.signed',
  responded: 'supervision.status.responded',
  returned: 'supervision.status.returned',
  closed: 'supervision.status.closed',
};
export const URGENCY_KEYS: Readonly<Record<Urgency, MessageKey>> = { normal: 'supervision.urgency.normal', urgent: 'supervision.urgency.urgent', very_urgent: 'supervision.urgency.very_urgent' };
export const ACTION_KEYS: Readonly<Record<string, MessageKey>> = {
  issue: 'supervision.history.issue',
  sign: 'supervision.history.sign',
  respond: 'supervision.history.respond',
  return: 'supervision.history.return',
  close: 'supervision.history.close',
};

const RANK: Record<Light, number> = { red: 0, yellow: 1, green: 2 };

/** The items to look at: red first, then yellow; green ones are left out. */
export function redAndYellow<T extends { light: Light; number?: number; name?: string }>(items: readonly T[]): T[] {
  return items.filter((item) => item.light !== 'green').sort((a, b) => RANK[a.light] - RANK[b.light] || (a.number ?? 0) - (b.number ?? 0) || (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'));
}

/** 'YYYY-MM-DD' plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return shifted.toISOString().slice(0, 10);
}

/** What the form starts from when a notice is issued from a red or yellow item, in one step. */
export function noticePrefill(item: { kind: SubjectKind; id: string | null; unitId: string | undefined; reasons: readonly LightReason[] }, today: string, requirement: string): Partial<IssueNoticeInput> {
  return {
    subjectKind: item.kind,
    subjectId: item.id,
    ...(item.unitId ? { unitId: item.unitId } : {}),
    basis: item.reasons.map((r) => r.text).join('；'),
    requirement,
    urgency: item.reasons.some((r) => r.light === 'red') ? 'urgent' : 'normal',
    dueDate: addDays(today, 7),
  };
}

/** The buttons an account gets on a notice: the unit signs and responds, the issuers return or close. */
export function noticeActionsFor(notice: Pick<Notice, 'status' | 'unitId'>, account: { roles: readonly Role[]; unitId: string | null }): NoticeAction[] {
  const isUnit = account.unitId === notice.unitId && account.roles.some((r) => r === 'unit_reporter' || r === 'unit_head');
  const isIssuer = account.roles.some((r) => r === 'office' || r === 'supervisor');
  const actions: NoticeAction[] = [];
  if (isUnit && notice.status === 'issued') actions.push('sign');
  if (isUnit && (notice.status === 'signed' || notice.status === 'returned')) actions.push('respond');
  if (isIssuer && notice.status === 'responded') actions.push('close', 'return');
  return actions;
}
