import { Alert, Card, Skeleton, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Flex } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { KindTag } from '../reports/report-tags';
import { useTaskReports } from './cockpit-api';
import type { TaskReports } from './cockpit-types';
import { CellState, DrillDownHeader, useDrillDownTarget } from './drill-down-parts';

type Row = TaskReports['units'][number];

/** A task's reports by unit (rows) across quarters (columns): the cockpit's task drill-down. */
export function TaskReportsPage() {
  const { t } = useI18n();
  const { planId, id, plansError } = useDrillDownTarget('taskId');
  const reports = useTaskReports(planId, id);
  const data = reports.data;
  const cellOf = (row: Row, periodId: string) => data?.cells.find((c) => c.periodId === periodId && c.unitId === row.unitId && c.kind === row.kind);
  const columns: TableColumnsType<Row> = [
    { title: t('cockpit.task.unit'), key: 'unit', width: 150, fixed: 'start', render: (_, row) => <Flex vertical gap={2}>{row.unitName}<KindTag kind={row.kind} /></Flex> },
    ...(data?.periods ?? []).map((p) => ({
      title: p.key,
      key: p.id,
      width: 165,
      render: (_: unknown, row: Row) => {
        const cell = cellOf(row, p.id);
        return cell ? <CellState cell={cell} /> : null;
      },
    })),
  ];
  return (
    <Flex vertical gap={16} data-testid="cockpit-task-page">
      <DrillDownHeader title={data ? t('cockpit.task.title', { number: data.task.number, title: data.task.title }) : t('cockpit.title')} planId={planId} rates={data?.rates} />
      {(plansError || reports.isError) && <Alert type="error" showIcon title={t(errorMessageKey(plansError ?? reports.error))} />}
      {reports.isPending && <Card><Skeleton active /></Card>}
      {data && (
        <Card>
          <Table
            size="small"
            rowKey={(row) => `${row.unitId}/${row.kind}`}
            columns={columns}
            dataSource={data.units}
            pagination={false}
            scroll={{ x: 150 + 165 * data.periods.length }}
            onRow={(row) => ({ 'data-testid': `cockpit-task-unit-${row.unitName}` }) as HTMLAttributes<HTMLElement>}
          />
        </Card>
      )}
    </Flex>
  );
}
