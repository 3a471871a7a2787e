/**
 * Where a task stands in a quarter, on the cockpit: what its lead unit declared in the quarter's
 * consolidated report (牵头单位汇总), or "not reported" when no consolidated report came in (or
 * it came without a status). A task's status is declared by its lead unit; the cockpit counts
 * the declarations, and the overdue list shows who has not reported at all.
 */
export const TASK_STATES = ['completed', 'on_track', 'lagging', 'not_started', 'not_reported'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** A report as the cockpit needs it (one row of the plan's reports). */
export interface ReportFact {
  reportId: string;
  periodId: string;
  taskId: string;
  unitId: string;
  kind: 'unit' | 'consolidated';
  status: 'draft' | 'awaiting_approval' | 'submitted' | 'returned' | 'accepted';
  /** When it first reached the office: timeliness counts this (a return does not make it late). */
  firstSubmittedAt: Date | null;
  taskStatus: 'on_track' | 'lagging' | 'completed' | 'not_started' | null;
}

/**
 * The state of a task from its consolidated reports in one quarter. With several lead units the
 * least advanced declaration wins (lagging before on track before completed), so a task is
 * never shown better than one of its leads says.
 */
export function taskStateOf(consolidated: readonly Pick<ReportFact, 'firstSubmittedAt' | 'taskStatus'>[]): TaskState {
  const declared = consolidated.filter((r) => r.firstSubmittedAt !== null && r.taskStatus !== null).map((r) => r.taskStatus!);
  if (declared.length === 0) return 'not_reported';
  const order: TaskState[] = ['not_started', 'lagging', 'on_track', 'completed'];
  return order.find((state) => declared.includes(state as (typeof declared)[number]))!;
}

/** Zero for every state: the shape every count of tasks takes. */
export const emptyTaskCounts = (): Record<TaskState, number> => ({ completed: 0, on_track: 0, lagging: 0, not_started: 0, not_reported: 0 });
