import { Alert, Card, Empty, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { KindTag, TimelinessTag } from '../reports/report-tags';
import type { Report } from '../reports/report-types';
import { PeriodsCard } from './periods-card';
import { useReviewQueue } from './review-api';
import { sortQueue } from './review-order';

/**
 * 报告审核 (office): the plan's reporting periods (open, close, exceptions) and the queue of
 * submitted reports, oldest first; each opens on its own page to be accepted or returned.
 */
export function ReviewPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, params.get('plan')) : undefined;
  const queue = useReviewQueue(planId);

  const columns: TableColumnsType<Report> = [
    { title: t('report.period'), dataIndex: 'periodKey', width: 90 },
    {
      title: t('plan.task.title'),
      key: 'task',
      render: (_, report) => t('report.taskLabel', { number: report.taskNumber, title: report.taskTitle }),
    },
    { title: t('report.unit'), dataIndex: 'unitName', width: 160 },
    { title: t('review.kind'), dataIndex: 'kind', width: 120, render: (kind: Report['kind']) => <KindTag kind={kind} /> },
    { title: t('report.submittedAtLabel'), dataIndex: 'submittedAt', width: 170, render: (at: string | null) => formatDateTime(at) },
    { title: t('review.timeliness'), key: 'timeliness', width: 140, render: (_, report) => <TimelinessTag timeliness={report.timeliness} /> },
    {
      title: t('common.actions'),
      key: 'open',
      width: 90,
      fixed: 'end',
      render: (_, report) => <Link to={`/reports/${report.id}`} data-testid={`review-open-${report.id}`}>{t('review.open')}</Link>,
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="review-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('review.title')}</Typography.Title>
        {plans.data && plans.data.length > 1 && (
          <Select
            value={planId}
            style={{ minWidth: 240, maxWidth: '100%' }}
            aria-label={t('plan.choose')}
            options={plans.data.map((option) => ({ value: option.id, label: option.title }))}
            onChange={(id: string) => setParams({ plan: id })}
          />
        )}
      </Flex>
      {plans.isError && <Alert type="error" showIcon title={t(errorMessageKey(plans.error))} />}
      {plans.data?.length === 0 && <Card><Empty description={t('plan.none.office')} /></Card>}
      {planId && (
        <>
          <Card title={t('review.queue.title')} extra={queue.data && <Typography.Text type="secondary">{t('common.total', { count: queue.data.length })}</Typography.Text>}>
            {queue.isError && <Alert type="error" showIcon title={t(errorMessageKey(queue.error))} style={{ marginBottom: 12 }} />}
            <div data-testid="review-queue">
              <Table
                size="small"
                rowKey="id"
                loading={queue.isPending}
                columns={columns}
                dataSource={sortQueue(queue.data ?? [])}
                pagination={(queue.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                scroll={{ x: 960 }}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.queue.empty')} /> }}
                onRow={(report) => ({ 'data-testid': `review-row-${report.id}`, 'data-task': report.taskNumber, 'data-unit': report.unitName }) as HTMLAttributes<HTMLElement>}
              />
            </div>
          </Card>
          <PeriodsCard planId={planId} />
        </>
      )}
    </Flex>
  );
}
