import type { IndicatorStatus } from '../indicators/indicator-status';
import type { Rates, Timeliness } from '../reporting/timeliness';
import type { NoticeFact } from '../supervision/lights';
import type { EscalationThresholds } from '../supervision/notice-escalation';

/**
 * What a period's documents say, gathered by the documents service from reporting (#5) and
 * indicators (#6). Pure data: the composers below turn it into a DocumentModel.
 */
export interface PeriodFacts {
  planTitle: string;
  countyName: string;
  periodKey: string;
  /** Reports were due by this local date. */
  dueDate: string;
  /** The local date the facts were gathered: the default 成文日期. */
  asOf: string;
  indicatorYear: number;
  indicators: IndicatorFact[];
  sections: Array<{ title: string; tasks: TaskFact[] }>;
  rates: Rates;
  units: UnitTimeliness[];
  /** The plan's 督办单 escalation thresholds (supervision settings). */
  escalation: EscalationThresholds;
}

export interface IndicatorFact {
  number: number;
  name: string;
  attribute: 'expected' | 'binding' | null;
  /** 'goal': an overall goal (总体目标) the annual table does not measure; 'table' when left out. */
  origin?: 'table' | 'goal';
  status: IndicatorStatus;
  explanation: string;
}

/** A task's state in the period as its reports declare it; `unreported` when none reached the office. */
export type TaskProgress = 'completed' | 'on_track' | 'lagging' | 'not_started' | 'unreported';

export interface ReportFact {
  unitName: string;
  kind: 'unit' | 'consolidated';
  taskStatus: Exclude<TaskProgress, 'unreported'> | null;
  progress: string;
  problems: string;
  nextSteps: string;
  submittedAt: string;
}

export interface TaskFact {
  number: number;
  title: string;
  leadUnits: string[];
  /** Reports that reached the office (submitted or accepted), latest first. */
  reports: ReportFact[];
  /** Each obligation of the task in the period, and whether it came in time. */
  obligations: Array<{ unitName: string; timeliness: Timeliness }>;
  /** 督办单 issued on the task (supervision), for its light. */
  notices: NoticeFact[];
}

export interface UnitTimeliness {
  name: string;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  /** The longest delay among its late reports, in days. */
  maxDaysLate: number;
}

const SEVERITY: Record<Exclude<TaskProgress, 'unreported'>, number> = { lagging: 3, not_started: 2, on_track: 1, completed: 0 };

/**
 * A task's progress: what its lead unit's consolidated report declares; without one, the least
 * favourable declaration among its units' reports (a circular must not flatter); none: unreported.
 */
export function taskProgressOf(task: Pick<TaskFact, 'reports'>): TaskProgress {
  const consolidated = task.reports.find((r) => r.kind === 'consolidated' && r.taskStatus !== null);
  if (consolidated?.taskStatus) return consolidated.taskStatus;
  const declared = task.reports.flatMap((r) => (r.taskStatus === null ? [] : [r.taskStatus]));
  if (declared.length === 0) return 'unreported';
  return declared.reduce((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst));
}

export const TASK_PROGRESS_ZH: Record<TaskProgress, string> = {
  completed: '已完成',
  on_track: '按计划推进',
  lagging: '进展滞后',
  not_started: '尚未启动',
  unreported: '未报送进展',
};

export const INDICATOR_STATUS_ZH: Record<IndicatorStatus, string> = {
  achieved: '已达到目标',
  on_track: '按计划推进',
  needs_acceleration: '需加快推进',
  limited_progress: '进展有限',
  deteriorating: '情况恶化',
  binding_target_missed: '约束性指标未达标',
  no_data: '暂无数据',
};

/** Indicators a circular names as lagging: everything short of on track, except those without data. */
export function isLaggingIndicator(status: IndicatorStatus): boolean {
  switch (status) {
    case 'needs_acceleration':
    case 'limited_progress':
    case 'deteriorating':
    case 'binding_target_missed':
      return true;
    case 'achieved':
    case 'on_track':
    case 'no_data':
      return false;
  }
}

/** A report's problems text, unless it says there are none (无, 暂无, 无问题). */
export function meaningfulText(text: string): string | null {
  const trimmed = text.trim().replace(/[。.；;\s]+$/u, '');
  return trimmed === '' || /^(无|暂无|没有|无问题|暂无问题|无明显问题)$/u.test(trimmed) ? null : trimmed;
}
