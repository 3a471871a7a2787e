import { useCallback, useEffect, useRef, useState } from 'react';
import { AUTOSAVE_DELAY_MS, RETRY_DELAY_MS, classifySaveError, contentOf, sameContent, settleConflict, type LockReason } from './autosave';
import type { Report, ReportContent } from './report-types';
import { saveReport } from './reports-api';

export type DraftState =
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'retrying' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; current: Report }
  | { kind: 'locked'; reason: LockReason };

export interface ReportDraft {
  content: ReportContent;
  state: DraftState;
  /** The version the next save or workflow step sends. */
  version: () => number;
  /** True while the user's text is not yet stored. */
  hasUnsaved: () => boolean;
  update: (patch: Partial<ReportContent>) => void;
  /** Save now (before a submit, or on leaving); true once the server holds exactly this content. */
  flush: () => Promise<boolean>;
  settle: (choice: 'mine' | 'saved') => void;
  /** Start afresh from a report the server returned (after a workflow step). */
  reset: (report: Report) => void;
}

/**
 * A report draft that saves itself: ~2 s after typing stops, before a submit, and when the page
 * is hidden or left. Saves carry the version last read; a stale one comes back 409 with the stored
 * report, and the form then asks the user which text to keep (see autosave.ts for the rules).
 * `onSaved` receives every report the server stores, to keep the page's copy current.
 */
export function useReportDraft(report: Report, onSaved: (report: Report) => void): ReportDraft {
  const [content, setContent] = useState<ReportContent>(() => contentOf(report));
  const [state, setState] = useState<DraftState>({ kind: 'saved', at: report.updatedAt });
  const contentRef = useRef(content);
  const acknowledged = useRef(contentOf(report));
  const versionRef = useRef(report.version);
  const stateRef = useRef(state);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<'clean' | 'changed' | 'failed'> | null>(null);
  const onSavedRef = useRef(onSaved);

  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const setDraftState = useCallback((next: DraftState) => {
    stateRef.current = next;
    setState(next);
  }, []);

  const clearTimer = () => window.clearTimeout(timer.current);

  /** One save of what the fields hold: 'changed' when the user typed on while it was on its way. */
  const saveOnce = useCallback(async (): Promise<'clean' | 'changed' | 'failed'> => {
    const blocked = stateRef.current.kind === 'conflict' || stateRef.current.kind === 'locked';
    if (blocked) return 'failed';
    const sent = contentRef.current;
    if (sameContent(sent, acknowledged.current)) return 'clean';
    setDraftState({ kind: 'saving' });
    try {
      const saved = await saveReport(report.id, versionRef.current, sent);
      acknowledged.current = sent;
      versionRef.current = saved.version;
      onSavedRef.current(saved);
      const clean = sameContent(contentRef.current, sent);
      setDraftState(clean ? { kind: 'saved', at: saved.updatedAt } : { kind: 'dirty' });
      return clean ? 'clean' : 'changed';
    } catch (error) {
      const failure = classifySaveError(error);
      if (failure.kind === 'stale') setDraftState({ kind: 'conflict', current: failure.current });
      else if (failure.kind === 'locked') setDraftState({ kind: 'locked', reason: failure.reason });
      else if (failure.kind === 'retry') setDraftState({ kind: 'retrying' });
      else setDraftState({ kind: 'failed', error });
      return 'failed';
    }
  }, [report.id, setDraftState]);

  /** Saves until the server holds what the fields show; one save at a time. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimer();
    while (inFlight.current) await inFlight.current;
    for (;;) {
      const run = saveOnce();
      inFlight.current = run;
      const result = await run.finally(() => {
        if (inFlight.current === run) inFlight.current = null;
      });
      if (result !== 'changed') return result === 'clean';
    }
  }, [saveOnce]);

  const schedule = useCallback(
    (delay: number) => {
      clearTimer();
      timer.current = window.setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  const update = useCallback(
    (patch: Partial<ReportContent>) => {
      if (stateRef.current.kind === 'locked') return;
      const next = { ...contentRef.current, ...patch };
      contentRef.current = next;
      setContent(next);
      if (stateRef.current.kind === 'conflict') return; // the dialog decides first
      setDraftState({ kind: 'dirty' });
      schedule(AUTOSAVE_DELAY_MS);
    },
    [schedule, setDraftState],
  );

  const settle = useCallback(
    (choice: 'mine' | 'saved') => {
      const current = stateRef.current;
      if (current.kind !== 'conflict') return;
      const settled = settleConflict(choice, contentRef.current, current.current);
      contentRef.current = settled.content;
      acknowledged.current = settled.acknowledged;
      versionRef.current = settled.version;
      setContent(settled.content);
      onSavedRef.current(current.current);
      if (settled.locked) {
        setDraftState({ kind: 'locked', reason: 'not_editable' });
        return;
      }
      setDraftState({ kind: 'saved', at: current.current.updatedAt });
      if (!sameContent(settled.content, settled.acknowledged)) void flush();
    },
    [flush, setDraftState],
  );

  const reset = useCallback(
    (next: Report) => {
      clearTimer();
      const fresh = contentOf(next);
      contentRef.current = fresh;
      acknowledged.current = fresh;
      versionRef.current = next.version;
      setContent(fresh);
      setDraftState({ kind: 'saved', at: next.updatedAt });
    },
    [setDraftState],
  );

  // A failed save that may pass later is tried again by itself.
  useEffect(() => {
    if (state.kind === 'retrying') schedule(RETRY_DELAY_MS);
  }, [state.kind, schedule]);

  // Save when the page is hidden (a phone switching apps, a tab closing); warn before closing with unsaved text.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!sameContent(contentRef.current, acknowledged.current)) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the page: whatever is still unsaved goes now (the request outlives the component).
      if (!sameContent(contentRef.current, acknowledged.current)) void flush();
      else clearTimer();
    };
  }, [flush]);

  return {
    content,
    state,
    version: () => versionRef.current,
    hasUnsaved: () => !sameContent(contentRef.current, acknowledged.current),
    update,
    flush,
    settle,
    reset,
  };
}
