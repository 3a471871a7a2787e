import { Descriptions, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { auditActionLabel, auditObjectTypeLabel, OUTCOME_LABELS } from './audit-labels';
import { formatDetails } from './audit-query';
import type { AuditOutcome, AuditRecord } from './audit-types';

const OUTCOME_COLORS: Readonly<Record<AuditOutcome, string>> = { success: 'success', failure: 'error', denied: 'warning' };

interface AuditTableProps {
  records: readonly AuditRecord[];
  loading: boolean;
  pagination: TablePaginationConfig;
}

/** The trail, newest first: time (Beijing), login, IP, action, object, outcome; a row opens its details. */
export function AuditTable({ records, loading, pagination }: AuditTableProps) {
  const { t } = useI18n();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: TableColumnsType<AuditRecord> = [
    { title: t('audit.field.time'), dataIndex: 'occurredAt', width: 170, render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
    {
      title: t('audit.field.login'),
      key: 'login',
      width: 150,
      render: (_, record) =>
        record.login ? (
          <span>
            {record.login}
            {record.unitName && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {record.unitName}
              </Typography.Text>
            )}
          </span>
        ) : (
          none
        ),
    },
    { title: t('audit.field.ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? none },
    {
      title: t('audit.field.action'),
      dataIndex: 'action',
      width: 170,
      render: (action: string) => (
        <span title={action} data-action={action}>
          {auditActionLabel(action, t)}
        </span>
      ),
    },
    {
      title: t('audit.field.object'),
      key: 'object',
      render: (_, record) =>
        record.objectType ? (
          <span>
            {auditObjectTypeLabel(record.objectType, t)}
            {record.objectLabel && <span data-testid="audit-object-label">：{record.objectLabel}</span>}
            {record.objectId && (
              <Typography.Text type="secondary" copyable={{ text: record.objectId }} style={{ marginInlineStart: 6, fontSize: 12 }}>
                {record.objectId.slice(0, 8)}
              </Typography.Text>
            )}
          </span>
        ) : (
          none
        ),
    },
    {
      title: t('audit.field.outcome'),
      dataIndex: 'outcome',
      width: 90,
      render: (outcome: AuditOutcome) => <Tag color={OUTCOME_COLORS[outcome]}>{t(OUTCOME_LABELS[outcome])}</Tag>,
    },
  ];

  return (
    <Table<AuditRecord>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={records as AuditRecord[]}
      loading={loading}
      scroll={{ x: 900 }}
      pagination={pagination}
      expandable={{ expandedRowRender: (record) => <RecordDetails record={record} /> }}
    />
  );
}

function RecordDetails({ record }: { record: AuditRecord }) {
  const { t } = useI18n();
  const details = formatDetails(record.details);
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'action', label: t('audit.field.actionName'), children: <Typography.Text code>{record.action}</Typography.Text> },
        { key: 'object', label: t('audit.field.objectId'), children: record.objectId ?? '—' },
        { key: 'userAgent', label: t('audit.field.userAgent'), children: record.userAgent ?? '—' },
        {
          key: 'details',
          label: t('audit.field.details'),
          children: details ? (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }} data-testid="audit-details">
              {details}
            </pre>
          ) : (
            '—'
          ),
        },
      ]}
    />
  );
}
