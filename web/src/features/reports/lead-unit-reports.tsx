import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { PlanTask } from '../plan/plan-types';
import { Disclosure } from './disclosure';
import { ReportContentView } from './report-content-view';
import { StatusTag, TimelinessTag } from './report-tags';
import type { Report } from './report-types';
import { useTaskReports } from './reports-api';

interface Props {
  periodId: string;
  task: PlanTask;
}

/**
 * The lead unit's view of its task: every responsible unit's report for the period, read-only,
 * next to its own consolidated report; units that have not started one are listed too.
 */
export function LeadUnitReports({ periodId, task }: Props) {
  const { t } = useI18n();
  const reports = useTaskReports(periodId, task.id, true);
  const unitReports = (reports.data?.reports ?? []).filter((report) => report.kind === 'unit');
  const silent = (reports.data?.notStarted ?? []).filter((unit) => unit.kind === 'unit');

  const label = (report: Report) => (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4, alignItems: 'center', verticalAlign: 'middle' }}>
      <Typography.Text strong>{report.unitName}</Typography.Text>
      <StatusTag status={report.status} />
      {report.status !== 'draft' && <TimelinessTag timeliness={report.timeliness} />}
    </span>
  );

  return (
    <Card size="small" title={t('report.lead.title')} data-testid="lead-unit-reports">
      <Typography.Paragraph type="secondary">{t('report.lead.hint')}</Typography.Paragraph>
      {reports.isPending && <Skeleton active />}
      {reports.isError && <Alert type="error" showIcon title={t(errorMessageKey(reports.error))} />}
      {reports.data && unitReports.length === 0 && silent.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.lead.none')} />}
      {unitReports.length > 0 && (
        <Flex vertical gap={4}>
          {unitReports.map((report) => (
            <Disclosure key={report.id} summary={label(report)} testId={`lead-unit-report-${report.unitId}`}>
              <ReportContentView content={report} targets={task.targets} />
              <Typography.Text type="secondary">
                {report.submittedAt ? t('report.submittedAt', { time: formatDateTime(report.submittedAt) }) : t('report.notSubmitted')}
                {' · '}
                <Link to={`/reports/${report.id}`}>{t('report.open')}</Link>
              </Typography.Text>
            </Disclosure>
          ))}
        </Flex>
      )}
      {silent.length > 0 && (
        <Flex vertical gap={4} style={{ marginTop: 12 }} data-testid="lead-unit-silent">
          <Typography.Text type="secondary">{t('report.lead.notStarted')}</Typography.Text>
          {silent.map((unit) => (
            <Flex key={unit.unitId} wrap gap={4} align="center" data-testid={`lead-unit-silent-${unit.unitId}`}>
              <Typography.Text strong>{unit.unitName}</Typography.Text>
              <StatusTag status="not_started" />
              {unit.timeliness.status === 'missing' && <TimelinessTag timeliness={unit.timeliness} />}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
