import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-error';
import { classifySaveError, contentOf, differingParts, sameContent, settleConflict, withTargetProgress } from './autosave';
import type { Report } from './report-types';

function buildReport(overrides: Partial<Report> = {}): Report {
  return {
    id: 'r1', planId: 'pl1', periodId: 'p1', periodKey: '2025Q4', dueDate: '2025-12-20', daysLeft: 19, taskId: 't1', taskNumber: 1, taskTitle: '任务', unitId: 'u1', unitName: '发改局', kind: 'unit', status: 'draft',
    progress: '', problems: '', nextSteps: '', taskStatus: null, targetProgress: [], version: 3,
    firstSubmittedAt: null, submittedAt: null, returnReason: null, reviewedAt: null, updatedAt: '2025-12-01T01:00:00Z',
    timeliness: { status: 'not_due' }, ...overrides,
  };
}
const stale = (current: Report) => new ApiError(409, 'conflict', 'stale', { reason: 'stale_version', currentVersion: current.version, current });

describe('sameContent / differingParts', () => {
  it('treats equal texts, status and figures as the same report', () => {
    const a = contentOf(buildReport({ progress: '完成', targetProgress: [{ targetId: 'x', value: 4, note: '' }] }));
    expect(sameContent(a, contentOf(buildReport({ progress: '完成', targetProgress: [{ targetId: 'x', value: 4, note: '' }] })))).toBe(true);
  });

  it('names exactly the parts that differ', () => {
    const mine = contentOf(buildReport({ progress: '我的', nextSteps: '同', taskStatus: 'lagging' }));
    const saved = contentOf(buildReport({ progress: '别人的', nextSteps: '同', taskStatus: 'on_track' }));
    expect(differingParts(mine, saved)).toEqual(['progress', 'taskStatus']);
    expect(sameContent(mine, saved)).toBe(false);
  });
});

describe('withTargetProgress', () => {
  it('replaces the figure for a target in place, adds a new one last, and drops an empty one', () => {
    const list = [{ targetId: 'a', value: 1, note: '' }, { targetId: 'b', value: 5, note: '' }];
    expect(withTargetProgress(list, { targetId: 'a', value: 2, note: '' }).map((t) => t.targetId + t.value)).toEqual(['a2', 'b5']);
    expect(withTargetProgress(list, { targetId: 'c', value: 0, note: '' }).map((t) => t.targetId)).toEqual(['a', 'b', 'c']);
    expect(withTargetProgress(list, { targetId: 'a', value: null, note: ' ' })).toEqual([{ targetId: 'b', value: 5, note: '' }]);
  });
});

describe('classifySaveError', () => {
  it('recognises a stale save and keeps the current report it carries', () => {
    const current = buildReport({ version: 5, progress: '别人保存的' });
    expect(classifySaveError(stale(current))).toEqual({ kind: 'stale', current });
  });

  it('locks the form when the period closed or the report moved on', () => {
    expect(classifySaveError(new ApiError(409, 'conflict', '', { reason: 'period_closed' }))).toEqual({ kind: 'locked', reason: 'period_closed' });
    expect(classifySaveError(new ApiError(409, 'conflict', '', { reason: 'not_editable' }))).toEqual({ kind: 'locked', reason: 'not_editable' });
    expect(classifySaveError(new ApiError(409, 'conflict', '', { reason: 'invalid_transition' }))).toEqual({ kind: 'locked', reason: 'not_editable' });
  });

  it('retries what may pass later, and gives up on the rest', () => {
    expect(classifySaveError(new ApiError(0, 'network_error', ''))).toEqual({ kind: 'retry' });
    expect(classifySaveError(new ApiError(503, 'internal_error', ''))).toEqual({ kind: 'retry' });
    expect(classifySaveError(new ApiError(400, 'validation_failed', ''))).toEqual({ kind: 'failed' });
    expect(classifySaveError(new ApiError(409, 'conflict', '', { reason: 'stale_version' }))).toEqual({ kind: 'failed' });
    expect(classifySaveError(new Error('boom'))).toEqual({ kind: 'failed' });
  });
});

describe('settleConflict', () => {
  const mine = contentOf(buildReport({ progress: '我写的' }));
  const current = buildReport({ version: 7, progress: '已保存的' });

  it('keeps my text and saves it over the current version', () => {
    const settled = settleConflict('mine', mine, current);
    expect(settled).toMatchObject({ content: mine, version: 7, locked: false });
    expect(sameContent(settled.content, settled.acknowledged)).toBe(false); // so it saves again
  });

  it('takes the saved text, leaving nothing to save', () => {
    const settled = settleConflict('saved', mine, current);
    expect(settled.content.progress).toBe('已保存的');
    expect(sameContent(settled.content, settled.acknowledged)).toBe(true);
  });

  it('never drops my text when the report was submitted meanwhile: it stays, read-only', () => {
    for (const choice of ['mine', 'saved'] as const) {
      const settled = settleConflict(choice, mine, buildReport({ version: 8, status: 'submitted', progress: '已报送' }));
      expect(settled).toMatchObject({ content: mine, locked: true });
    }
  });
});
