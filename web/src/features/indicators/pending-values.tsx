import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { formatPeriod } from './indicator-lights';
import type { Indicator, IndicatorValue } from './indicator-types';
import { evidenceUrl } from './indicators-api';
import { ReviewButtons } from './review-buttons';

interface Row extends IndicatorValue {
  indicator: Indicator;
}

/** 待审核: values the units entered (by form or .xlsx) waiting for the office, oldest first. */
export function PendingValues({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useI18n();
  const quarter = (year: string, q: string) => t('indicators.quarter', { year, quarter: q });
  const rows: Row[] = indicators
    .flatMap((indicator) => indicator.values.filter((v) => v.status === 'submitted').map((v) => ({ ...v, indicator })))
    .sort((a, b) => a.enteredAt.localeCompare(b.enteredAt));
  const columns: TableColumnsType<Row> = [
    { title: t('indicators.indicator'), key: 'indicator', render: (_, row) => `${row.indicator.number}. ${row.indicator.name}` },
    { title: t('indicators.period'), dataIndex: 'period', width: 100, render: (period: string) => formatPeriod(period, quarter) },
    { title: t('indicators.value'), key: 'value', width: 110, render: (_, row) => `${row.value}${row.indicator.unit ?? ''}` },
    {
      title: t('indicators.source'),
      key: 'source',
      render: (_, row) => (
        <Flex vertical>
          <span>{row.source}</span>
          {row.evidence.map((e) => (
            <a key={e.id} href={evidenceUrl(e.id)} download={e.fileName}>
              <PaperClipOutlined /> {e.fileName}
            </a>
          ))}
        </Flex>
      ),
    },
    { title: t('indicators.actions'), key: 'actions', width: 160, render: (_, row) => <ReviewButtons valueId={row.id} testKey={`${row.indicator.number}-${row.period}`} /> },
  ];
  return (
    <Card size="small" title={t('indicators.pending.title', { count: rows.length })} data-testid="indicators-pending">
      <Typography.Paragraph type="secondary">{t('indicators.pending.hint')}</Typography.Paragraph>
      <Table size="small" rowKey="id" columns={columns} dataSource={rows} pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false} scroll={{ x: 640 }} />
    </Card>
  );
}
