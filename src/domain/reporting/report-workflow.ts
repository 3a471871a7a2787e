/**
 * A report's life: draft → (awaiting approval by the unit head, when the unit has one) →
 * submitted → accepted by the office, or returned with a reason and submitted again.
 */
export type ReportStatus = 'draft' | 'awaiting_approval' | 'submitted' | 'returned' | 'accepted';
export type ReportAction = 'save' | 'submit' | 'approve' | 'send_back' | 'accept' | 'return';

export interface WorkflowContext {
  /** The unit has an account with the unit_head role. */
  unitHasHead: boolean;
  /** The one acting holds unit_head for this unit. */
  actorIsHead: boolean;
}

export type Transition = { ok: true; status: ReportStatus } | { ok: false; reason: string };

const EDITABLE: ReportStatus[] = ['draft', 'returned'];

export function isEditable(status: ReportStatus): boolean {
  return EDITABLE.includes(status);
}

export function transition(status: ReportStatus, action: ReportAction, ctx: WorkflowContext): Transition {
  const refuse = (reason: string): Transition => ({ ok: false, reason });
  switch (action) {
    case 'save':
      return isEditable(status) ? { ok: true, status } : refuse(`a ${status} report cannot be edited`);
    case 'submit':
      if (!isEditable(status)) return refuse(`a ${status} report cannot be submitted`);
      // The head's own submission needs no second approval.
      return { ok: true, status: ctx.unitHasHead && !ctx.actorIsHead ? 'awaiting_approval' : 'submitted' };
    case 'approve':
      if (status !== 'awaiting_approval') return refuse('only a report awaiting approval can be approved');
      return ctx.actorIsHead ? { ok: true, status: 'submitted' } : refuse("only the unit's head approves its reports");
    case 'send_back':
      if (status !== 'awaiting_approval') return refuse('only a report awaiting approval can be sent back');
      return ctx.actorIsHead ? { ok: true, status: 'draft' } : refuse("only the unit's head sends reports back");
    case 'accept':
      return status === 'submitted' ? { ok: true, status: 'accepted' } : refuse('only a submitted report can be accepted');
    case 'return':
      return status === 'submitted' ? { ok: true, status: 'returned' } : refuse('only a submitted report can be returned');
  }
}
