import { describe, expect, it } from 'vitest';
import { actionsFor, isEditableStatus, timelinessWords } from './report-status';

const reporter = { roles: ['unit_reporter' as const], unitId: 'fgj' };
const head = { roles: ['unit_head' as const], unitId: 'fgj' };
const office = { roles: ['office' as const], unitId: 'kjgx' };

describe('actionsFor', () => {
  it('lets the unit edit and submit its own draft or returned report', () => {
    expect(actionsFor({ status: 'draft', unitId: 'fgj' }, reporter)).toEqual({ canEdit: true, actions: ['submit'] });
    expect(actionsFor({ status: 'returned', unitId: 'fgj' }, reporter)).toEqual({ canEdit: true, actions: ['submit'] });
  });

  it('gives another unit (a lead unit reading it) nothing to do', () => {
    expect(actionsFor({ status: 'draft', unitId: 'rsj' }, reporter)).toEqual({ canEdit: false, actions: [] });
  });

  it('lets only the unit head approve or send back a report awaiting approval', () => {
    expect(actionsFor({ status: 'awaiting_approval', unitId: 'fgj' }, head).actions).toEqual(['approve', 'send-back']);
    expect(actionsFor({ status: 'awaiting_approval', unitId: 'fgj' }, reporter).actions).toEqual([]);
  });

  it('lets the office accept or return a submitted report, and edit nothing', () => {
    expect(actionsFor({ status: 'submitted', unitId: 'fgj' }, office)).toEqual({ canEdit: false, actions: ['accept', 'return'] });
    expect(actionsFor({ status: 'accepted', unitId: 'fgj' }, office).actions).toEqual([]);
  });

  it('locks a submitted report against its own unit', () => {
    expect(actionsFor({ status: 'submitted', unitId: 'fgj' }, reporter)).toEqual({ canEdit: false, actions: [] });
  });
});

describe('isEditableStatus', () => {
  it('is true for a draft, a returned report and one not started', () => {
    expect(['not_started', 'draft', 'returned', 'awaiting_approval', 'submitted', 'accepted'].map((s) => isEditableStatus(s as never))).toEqual([
      true, true, true, false, false, false,
    ]);
  });
});

describe('timelinessWords', () => {
  it('says on time, late by N days, or missing N days after the deadline', () => {
    expect(timelinessWords({ status: 'on_time' })).toMatchObject({ key: 'report.timeliness.on_time' });
    expect(timelinessWords({ status: 'late', daysLate: 3 })).toMatchObject({ key: 'report.timeliness.late', days: 3 });
    expect(timelinessWords({ status: 'missing', daysOverdue: 9 })).toMatchObject({ key: 'report.timeliness.missing', days: 9, color: 'red' });
    expect(timelinessWords({ status: 'not_due' })).toMatchObject({ key: 'report.timeliness.not_due' });
  });
});
