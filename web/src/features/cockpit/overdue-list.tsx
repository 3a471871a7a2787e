import { Card, Empty, Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { KindTag } from '../reports/report-tags';
import type { Cockpit, OverdueItem } from './cockpit-types';

/** The selected quarter's reports past their deadline and not received: who to chase. */
export function OverdueList({ cockpit }: { cockpit: Cockpit }) {
  const { t } = useI18n();
  const planId = cockpit.plan.id;
  const columns: TableColumnsType<OverdueItem> = [
    {
      title: t('cockpit.overdue.task'),
      key: 'task',
      width: 200,
      render: (_, o) => (
        <Link to={`/cockpit/tasks/${o.taskId}?plan=${planId}`} data-testid={`cockpit-overdue-task-${o.taskNumber}`}>
          {o.taskNumber}. {o.taskTitle}
        </Link>
      ),
    },
    { title: t('cockpit.task.unit'), dataIndex: 'unitName', width: 140, render: (name: string, o) => <Link to={`/cockpit/units/${o.unitId}?plan=${planId}`}>{name}</Link> },
    { title: '', dataIndex: 'kind', width: 110, render: (kind: OverdueItem['kind']) => <KindTag kind={kind} /> },
    { title: '', dataIndex: 'daysOverdue', width: 100, render: (days: number) => <Tag color="red">{t('cockpit.overdue.days', { days })}</Tag> },
  ];
  return (
    <Card title={t('cockpit.overdue.title', { count: cockpit.overdue.length })} data-testid="cockpit-overdue">
      {cockpit.overdue.length === 0 ? (
        <Empty description={t('cockpit.overdue.none')} />
      ) : (
        <Table
          size="small"
          rowKey={(o) => `${o.taskId}/${o.unitId}/${o.kind}`}
          columns={columns}
          dataSource={cockpit.overdue}
          pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
          scroll={{ x: 520 }}
          onRow={(o) => ({ 'data-testid': `cockpit-overdue-${o.taskNumber}-${o.unitName}` }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Card>
  );
}
