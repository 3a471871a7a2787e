import { isApiError, isRecord } from '../../shared/api/api-error';
import type { Report, ReportContent, TargetProgress } from './report-types';

/**
 * The rules of autosave, apart from React: when to save, what a failed save means, and how a
 * conflict is settled. One rule above all: the user's text is never thrown away without asking.
 */

export const AUTOSAVE_DELAY_MS = 2_000;
export const RETRY_DELAY_MS = 10_000;
/** The server keeps at most this many characters of each text (src/domain/reporting/plain-text.ts). */
export const REPORT_TEXT_MAX = 20_000;

export const TEXT_FIELDS = ['progress', 'problems', 'nextSteps'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export function contentOf(report: ReportContent): ReportContent {
  return {
    progress: report.progress,
    problems: report.problems,
    nextSteps: report.nextSteps,
    taskStatus: report.taskStatus,
    targetProgress: report.targetProgress.map((t) => ({ targetId: t.targetId, value: t.value, note: t.note })),
  };
}

const sameTargets = (a: readonly TargetProgress[], b: readonly TargetProgress[]) =>
  a.length === b.length && a.every((t, i) => t.targetId === b[i]?.targetId && t.value === b[i]?.value && t.note === b[i]?.note);

/** True when the two contents would save the same report. */
export function sameContent(a: ReportContent, b: ReportContent): boolean {
  return TEXT_FIELDS.every((field) => a[field] === b[field]) && a.taskStatus === b.taskStatus && sameTargets(a.targetProgress, b.targetProgress);
}

/** The parts of the content that differ: what a conflict dialog shows side by side. */
export function differingParts(mine: ReportContent, saved: ReportContent): ('taskStatus' | 'targetProgress' | TextField)[] {
  const parts: ('taskStatus' | 'targetProgress' | TextField)[] = TEXT_FIELDS.filter((field) => mine[field] !== saved[field]);
  if (mine.taskStatus !== saved.taskStatus) parts.push('taskStatus');
  if (!sameTargets(mine.targetProgress, saved.targetProgress)) parts.push('targetProgress');
  return parts;
}

/** A progress figure for one target, in place of any earlier one; a figure with no value and no note is dropped. */
export function withTargetProgress(list: readonly TargetProgress[], next: TargetProgress): TargetProgress[] {
  const empty = next.value === null && next.note.trim() === '';
  const index = list.findIndex((t) => t.targetId === next.targetId);
  if (index === -1) return empty ? [...list] : [...list, next];
  return empty ? list.filter((_, i) => i !== index) : list.map((t, i) => (i === index ? next : t));
}

export type LockReason = 'period_closed' | 'not_editable';

/** What a failed save (or workflow step) means for the form. */
export type SaveFailure =
  /** Someone saved first: show both texts and let the user choose. */
  | { kind: 'stale'; current: Report }
  /** The report can no longer be changed: keep the text on screen, read-only. */
  | { kind: 'locked'; reason: LockReason }
  /** Worth trying again later: no answer, a server fault, too many requests. */
  | { kind: 'retry' }
  /** Anything else: show the error, keep the text, do not retry by itself. */
  | { kind: 'failed' };

const isReport = (value: unknown): value is Report =>
  isRecord(value) && typeof value['id'] === 'string' && typeof value['version'] === 'number' && typeof value['progress'] === 'string' && typeof value['status'] === 'string';

/**
 * Reads a failed save: 409 `stale_version` carries the current report; 409 `period_closed` and
 * `not_editable` (also `invalid_transition`, a workflow step the report has moved past) lock the form.
 */
export function classifySaveError(error: unknown): SaveFailure {
  if (!isApiError(error)) return { kind: 'failed' };
  if (error.status === 409) {
    const reason = error.details['reason'];
    const current = error.details['current'];
    if (reason === 'stale_version' && isReport(current)) return { kind: 'stale', current };
    if (reason === 'period_closed') return { kind: 'locked', reason: 'period_closed' };
    if (reason === 'not_editable' || reason === 'invalid_transition') return { kind: 'locked', reason: 'not_editable' };
    return { kind: 'failed' };
  }
  if (error.status === 0 || error.status === 429 || error.status >= 500) return { kind: 'retry' };
  return { kind: 'failed' };
}

/** What the form holds after the user settles a conflict. */
export interface Settled {
  /** What the fields show. */
  content: ReportContent;
  /** What the server holds now: the form saves whenever `content` differs from it. */
  acknowledged: ReportContent;
  /** The version to send with the next save. */
  version: number;
  /** The report can no longer be edited: the user's text stays on screen, read-only. */
  locked: boolean;
}

/**
 * Settles a stale save. 'mine' keeps the user's text and saves it over the current version;
 * 'saved' takes the stored text. If the stored report cannot be edited any more (submitted in the
 * meantime), the user's text is kept on screen, read-only, whatever the choice.
 */
export function settleConflict(choice: 'mine' | 'saved', mine: ReportContent, current: Report): Settled {
  const stored = contentOf(current);
  const editable = current.status === 'draft' || current.status === 'returned';
  if (!editable) return { content: mine, acknowledged: stored, version: current.version, locked: true };
  return { content: choice === 'mine' ? mine : stored, acknowledged: stored, version: current.version, locked: false };
}
