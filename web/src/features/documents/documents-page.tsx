import { Alert, Card, Collapse, Empty, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useSignedInAccount } from '../auth/signed-in-account';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { usePeriods } from '../reports/periods-api';
import { currentPeriod } from '../review/review-order';
import { useDocuments } from './documents-api';
import { KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from './document-labels';
import { DocumentView } from './document-view';
import { GenerateCard } from './generate-card';
import { SettingsForm } from './settings-form';
import type { DocumentSummary } from './documents-types';

/**
 * 公文通报: the office generates the quarterly circular, the leadership report and the meeting pack
 * from a period's data, edits and issues them (numbered, archived); leaders and the supervision
 * office read and download them. The period's Excel tables are here too.
 */
export function DocumentsPage() {
  const { t } = useI18n();
  const canManage = useSignedInAccount().roles.includes('office');
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, params.get('plan')) : undefined;
  const periods = usePeriods(planId);
  const opened = (periods.data?.periods ?? []).filter((p): p is typeof p & { id: string } => p.id !== null);
  const period = opened.find((p) => p.key === params.get('period')) ?? currentPeriod(opened);
  const documents = useDocuments(planId);
  const selected = params.get('doc') ?? undefined;
  const select = (next: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...next }, { replace: true });

  const columns: TableColumnsType<DocumentSummary> = [
    { title: t('documents.field.title'), dataIndex: 'title', render: (title: string) => <Typography.Link>{title}</Typography.Link> },
    { title: t('documents.kindLabel'), dataIndex: 'kind', width: 120, render: (kind: DocumentSummary['kind']) => t(KIND_LABELS[kind]) },
    { title: t('report.period'), dataIndex: 'periodKey', width: 90 },
    { title: t('plan.status'), dataIndex: 'status', width: 90, render: (s: DocumentSummary['status']) => <Tag color={STATUS_COLORS[s]}>{t(STATUS_LABELS[s])}</Tag> },
    { title: t('documents.number'), dataIndex: 'number', width: 170, render: (n: string | null) => n ?? '—' },
    { title: t('documents.updatedAt'), dataIndex: 'updatedAt', width: 160, render: (at: string) => formatDateTime(at) },
  ];

  const error = plans.error ?? periods.error ?? documents.error;
  return (
    <Flex vertical gap={16} data-testid="documents-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('documents.title')}</Typography.Title>
        {plans.data && plans.data.length > 1 && (
          <Select value={planId} style={{ minWidth: 220 }} aria-label={t('plan.choose')} options={plans.data.map((p) => ({ value: p.id, label: p.title }))} onChange={(id: string) => setParams({ plan: id })} />
        )}
      </Flex>
      {error && <Alert type="error" showIcon title={t(errorMessageKey(error))} />}
      {periods.data && opened.length === 0 && <Card><Empty description={t('timeliness.noPeriod')} /></Card>}
      {planId && period && <GenerateCard planId={planId} periods={opened} period={period} onPeriod={(key) => select({ period: key })} canManage={canManage} onGenerated={(d) => select({ doc: d.id })} />}
      <Card title={t('documents.listTitle')}>
        <Table
          size="small"
          rowKey="id"
          loading={documents.isPending && planId !== undefined}
          columns={columns}
          dataSource={documents.data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('documents.none') }}
          rowClassName={(d) => (d.id === selected ? 'ant-table-row-selected' : '')}
          onRow={(d) => ({ onClick: () => select({ doc: d.id }), style: { cursor: 'pointer' }, 'data-testid': `document-row-${d.status}` }) as HTMLAttributes<HTMLElement>}
          data-testid="documents-list"
        />
      </Card>
      {selected && <DocumentView key={selected} id={selected} canManage={canManage} />}
      {canManage && planId && <Collapse items={[{ key: 'settings', label: <span data-testid="documents-settings-open">{t('documents.settings.title')}</span>, children: <SettingsForm planId={planId} /> }]} />}
    </Flex>
  );
}
