import { describe, expect, it } from 'vitest';
import { transition, type ReportAction, type ReportStatus } from './report-workflow';

const withHead = { unitHasHead: true, actorIsHead: false };
const noHead = { unitHasHead: false, actorIsHead: false };
const head = { unitHasHead: true, actorIsHead: true };

describe('report workflow', () => {
  it.each<[ReportStatus, ReportAction, typeof noHead, ReportStatus | null]>([
    ['draft', 'submit', noHead, 'submitted'],
    ['draft', 'submit', withHead, 'awaiting_approval'],
    ['draft', 'submit', head, 'submitted'],
    ['awaiting_approval', 'approve', head, 'submitted'],
    ['awaiting_approval', 'approve', withHead, null],
    ['awaiting_approval', 'send_back', head, 'draft'],
    ['submitted', 'accept', noHead, 'accepted'],
    ['submitted', 'return', noHead, 'returned'],
    ['returned', 'save', noHead, 'returned'],
    ['returned', 'submit', noHead, 'submitted'],
    ['submitted', 'save', noHead, null],
    ['accepted', 'save', noHead, null],
    ['accepted', 'return', noHead, null],
    ['draft', 'accept', noHead, null],
  ])('%s --%s--> %s', (from, action, ctx, to) => {
    const result = transition(from, action, ctx);
    expect(result.ok ? result.status : null).toBe(to);
  });
});
