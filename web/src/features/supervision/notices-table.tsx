import { Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { NoticeTags } from './light-tags';
import { URGENCY_KEYS } from './supervision-rules';
import type { Notice } from './supervision-types';

/** Notices as a list: number (links to the notice), unit, subject, deadline, status and escalation. */
export function NoticesTable({ notices, showUnit }: { notices: readonly Notice[]; showUnit: boolean }) {
  const { t } = useI18n();
  const columns: TableColumnsType<Notice> = [
    { title: t('supervision.field.number'), key: 'number', width: 150, render: (_, n) => <Link to={`/notices/${n.id}`} data-testid={`notice-link-${n.id}`}>{n.number}</Link> },
    ...(showUnit ? [{ title: t('supervision.field.unit'), dataIndex: 'unitName', width: 140 }] : []),
    { title: t('supervision.field.subject'), dataIndex: 'subjectLabel', ellipsis: true },
    { title: t('supervision.field.requirement'), dataIndex: 'requirement', ellipsis: true },
    { title: t('supervision.field.urgency'), key: 'urgency', width: 80, render: (_, n) => t(URGENCY_KEYS[n.urgency]) },
    {
      title: t('supervision.field.dueDate'),
      key: 'due',
      width: 150,
      render: (_, n) => (
        <>
          {n.dueDate}
          {n.level && <Typography.Text type="secondary"> {n.daysLeft >= 0 ? t('supervision.daysLeft', { days: n.daysLeft }) : t('supervision.daysOverdue', { days: -n.daysLeft })}</Typography.Text>}
        </>
      ),
    },
    { title: t('supervision.field.status'), key: 'status', width: 150, render: (_, n) => <NoticeTags status={n.status} level={n.level} /> },
  ];
  return (
    <Table
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={[...notices]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 900 }}
      onRow={(n) => ({ 'data-testid': `notice-row-${n.id}`, 'data-status': n.status, 'data-unit': n.unitName }) as HTMLAttributes<HTMLElement>}
    />
  );
}
