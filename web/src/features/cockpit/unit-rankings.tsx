import { Card, Empty, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { formatRate } from '../timeliness/timeliness-rows';
import type { Cockpit, UnitRanking } from './cockpit-types';

function RankingTable({ units, planId }: { units: readonly UnitRanking[]; planId: string }) {
  const { t } = useI18n();
  if (units.length === 0) return <Empty description={t('cockpit.units.none')} />;
  const columns: TableColumnsType<UnitRanking> = [
    { title: t('cockpit.units.rank'), dataIndex: 'rank', width: 56, align: 'center' },
    {
      title: t('cockpit.task.unit'),
      dataIndex: 'unitName',
      width: 160,
      render: (name: string, unit) => (
        <Link to={`/cockpit/units/${unit.unitId}?plan=${planId}`} data-testid={`cockpit-unit-link-${name}`}>
          {name}
        </Link>
      ),
    },
    { title: t('timeliness.timelyRate'), key: 'timely', width: 80, align: 'end', render: (_, u) => formatRate(u.rates.timelyRate) },
    { title: t('timeliness.reportingRate'), key: 'reporting', width: 80, align: 'end', render: (_, u) => formatRate(u.rates.reportingRate) },
    { title: t('timeliness.late'), dataIndex: 'late', width: 70, align: 'end', render: (n: number) => (n === 0 ? 0 : <Tag color="orange">{n}</Tag>) },
    { title: t('timeliness.missing'), dataIndex: 'missing', width: 60, align: 'end', render: (n: number) => (n === 0 ? 0 : <Tag color="red">{n}</Tag>) },
  ];
  return (
    <Table
      size="small"
      rowKey="unitId"
      columns={columns}
      dataSource={units as UnitRanking[]}
      pagination={false}
      scroll={{ x: 500, y: 360 }}
      onRow={(unit) => ({ 'data-testid': `cockpit-unit-${unit.unitName}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}

/** Units ranked by timely rate, then reporting rate, over the year to date: departments and townships apart. */
export function UnitRankings({ cockpit }: { cockpit: Cockpit }) {
  const { t } = useI18n();
  const { departments, townships } = cockpit.units;
  const [chosen, setChosen] = useState<string | null>(null);
  // Filtered to townships (or to departments), the tab with units opens by itself.
  const active = chosen ?? (departments.length === 0 && townships.length > 0 ? 'townships' : 'departments');
  return (
    <Card title={t('cockpit.units.title', { year: cockpit.year, period: cockpit.period?.key ?? '' })} data-testid="cockpit-units">
      <Tabs
        activeKey={active}
        onChange={setChosen}
        items={[
          { key: 'departments', label: t('cockpit.units.departments', { count: departments.length }), children: <RankingTable units={departments} planId={cockpit.plan.id} /> },
          { key: 'townships', label: t('cockpit.units.townships', { count: townships.length }), children: <RankingTable units={townships} planId={cockpit.plan.id} /> },
        ]}
      />
    </Card>
  );
}
