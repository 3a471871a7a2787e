import type { NoticeStatus } from './notice-escalation';

/**
 * A notice's life (DOMAIN.md: 交办 → 签收 → 办理 → 反馈 → 审核 → 销号): issued → signed for by
 * the unit → responded with evidence → closed (销号) by the supervisor or the office, or returned
 * for more work and responded again.
 */
export type NoticeAction = 'sign' | 'respond' | 'return' | 'close';

/** Who may take a step: the addressed unit, or the issuing side (supervisor, office). */
export const ACTOR_SIDE: Record<NoticeAction, 'unit' | 'issuer'> = { sign: 'unit', respond: 'unit', return: 'issuer', close: 'issuer' };

export type NoticeTransition = { ok: true; status: NoticeStatus } | { ok: false; reason: string };

export function noticeTransition(status: NoticeStatus, action: NoticeAction): NoticeTransition {
  const refuse = (reason: string): NoticeTransition => ({ ok: false, reason });
  switch (action) {
    case 'sign':
      return status === 'issued' ? { ok: true, status: 'signed' } : refuse(`a ${status} notice cannot be signed for`);
    case 'respond':
      return status === 'signed' || status === 'returned' ? { ok: true, status: 'responded' } : refuse(status === 'issued' ? 'sign for the notice first' : `a ${status} notice cannot be responded to`);
    case 'return':
      return status === 'responded' ? { ok: true, status: 'returned' } : refuse('only a responded notice can be returned');
    case 'close':
      return status === 'responded' ? { ok: true, status: 'closed' } : refuse('only a responded notice can be closed');
  }
}

/** 特急 / 加急 / 一般: how urgent the issuer marks it. */
export const URGENCIES = ['normal', 'urgent', 'very_urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What a notice is about. */
export const SUBJECT_KINDS = ['task', 'indicator', 'decision', 'unit'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** 督办〔2025〕3号: the notice's number, in the GB/T 9704 form (six-sided brackets, no leading zeros). */
export function noticeNumber(year: number, serial: number): string {
  return `督办〔${year}〕${serial}号`;
}
