import { Tag } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { countdownOf } from './countdown';
import { KIND_LABELS, STATUS_COLORS, STATUS_LABELS, TASK_STATUS_COLORS, TASK_STATUS_LABELS, timelinessWords } from './report-status';
import type { ObligationStatus, ReportKind, TaskStatus, Timeliness } from './report-types';

export function StatusTag({ status }: { status: ObligationStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLORS[status]} data-status={status}>{t(STATUS_LABELS[status])}</Tag>;
}

export function KindTag({ kind }: { kind: ReportKind }) {
  const { t } = useI18n();
  return <Tag color={kind === 'consolidated' ? 'geekblue' : undefined}>{t(KIND_LABELS[kind])}</Tag>;
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return <Tag color={TASK_STATUS_COLORS[status]}>{t(TASK_STATUS_LABELS[status])}</Tag>;
}

export function TimelinessTag({ timeliness }: { timeliness: Timeliness }) {
  const { t } = useI18n();
  const words = timelinessWords(timeliness);
  return <Tag color={words.color}>{t(words.key, { days: words.days })}</Tag>;
}

/** 还剩N天 / 今天截止 / 已逾期N天, coloured like a supervision light; nothing once the office has the report. */
export function CountdownTag({ daysLeft, status }: { daysLeft: number; status: ObligationStatus }) {
  const { t } = useI18n();
  const countdown = countdownOf(daysLeft, status);
  if (countdown === undefined) return null;
  return <Tag color={countdown.tone} data-testid="countdown">{t(countdown.key, { days: countdown.days })}</Tag>;
}
