import { Card, Descriptions, Flex, Typography } from 'antd';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { UNIT_ROLE_LABELS, unitNamesByRole } from '../plan/plan-labels';
import { CountdownTag, KindTag, StatusTag, TimelinessTag } from './report-tags';
import type { Report } from './report-types';
import type { TaskContext } from './task-context';

/** What the report is about: the task, its units, the period and its deadline, and where the report stands. */
export function ReportHeader({ report, context }: { report: Report; context: TaskContext | undefined }) {
  const { t } = useI18n();
  const byRole = context ? unitNamesByRole(context.task.units) : undefined;
  // Before the first submission the countdown says it all; after it, whether it came on time.
  const submitted = report.firstSubmittedAt !== null;
  return (
    <Card size="small" data-testid="report-header">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('report.taskLabel', { number: report.taskNumber, title: report.taskTitle })}
      </Typography.Title>
      <Flex wrap gap={4} style={{ marginBottom: 8 }}>
        <KindTag kind={report.kind} />
        <StatusTag status={report.status} />
        {/* Days left as the server counts them: a PC whose clock is off must not move a deadline. */}
        <CountdownTag daysLeft={report.daysLeft} status={report.status} />
        {submitted && <TimelinessTag timeliness={report.timeliness} />}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'unit', label: t('report.unit'), children: report.unitName },
          { key: 'period', label: t('report.period'), children: report.periodKey },
          { key: 'due', label: t('report.due'), children: report.dueDate },
          ...(context ? [{ key: 'plan', label: t('nav.plan'), children: context.plan.title }] : []),
          ...(byRole ? [{ key: 'lead', label: t(UNIT_ROLE_LABELS.lead), children: byRole.lead.join('、') || '—' }] : []),
          ...(report.submittedAt ? [{ key: 'submitted', label: t('report.submittedAtLabel'), children: formatDateTime(report.submittedAt) }] : []),
        ]}
      />
      {context && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ marginBottom: 0 }}>
          {context.task.text}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
