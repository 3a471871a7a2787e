import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { ATTRIBUTE_LABELS, indicatorYears } from './plan-labels';
import type { Indicator } from './plan-types';

/** 年度指标: one row per indicator, one column per year, with its attribute (预期性 / 约束性). */
export function IndicatorsTable({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useI18n();
  const years = indicatorYears(indicators);
  const columns: TableColumnsType<Indicator> = [
    { title: t('plan.indicator.number'), dataIndex: 'number', width: 56, align: 'center', fixed: 'start' },
    { title: t('plan.indicator.name'), dataIndex: 'name', width: 260, fixed: 'start' },
    { title: t('plan.indicator.unit'), dataIndex: 'unit', width: 72, render: (unit: string | null) => unit ?? '—' },
    ...years.map((year) => ({
      title: t('plan.indicator.year', { year }),
      key: year,
      width: 96,
      align: 'end' as const,
      render: (_: unknown, indicator: Indicator) => indicator.targets[year] ?? '—',
    })),
    {
      title: t('plan.indicator.attribute'),
      dataIndex: 'attribute',
      width: 96,
      render: (attribute: Indicator['attribute']) =>
        attribute === null ? '—' : <Tag color={attribute === 'binding' ? 'red' : 'blue'}>{t(ATTRIBUTE_LABELS[attribute])}</Tag>,
    },
    {
      title: t('plan.indicator.direction'),
      dataIndex: 'direction',
      width: 110,
      render: (direction: Indicator['direction']) =>
        direction === 'higher' ? (
          <span><ArrowUpOutlined /> {t('plan.direction.higher')}</span>
        ) : (
          <span><ArrowDownOutlined /> {t('plan.direction.lower')}</span>
        ),
    },
  ];
  return (
    <div data-testid="plan-indicators">
      <Table
        size="small"
        bordered
        rowKey="id"
        columns={columns}
        dataSource={[...indicators]}
        pagination={false}
        scroll={{ x: 700 + years.length * 96 }}
      />
    </div>
  );
}
