import { Alert, Badge, Card, Flex, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { STATUS_LIGHTS } from '../indicators/indicator-lights';
import { KindTag, TaskStatusTag } from '../reports/report-tags';
import { LIGHT_COLORS } from './cockpit-charts';
import { useUnitObligations } from './cockpit-api';
import type { ObligationCell } from './cockpit-types';
import { CellState, DrillDownHeader, useDrillDownTarget } from './drill-down-parts';

/** Everything a unit owes in the plan, quarter by quarter (newest first), and the state of each. */
export function UnitObligationsPage() {
  const { t } = useI18n();
  const { planId, id, plansError } = useDrillDownTarget('unitId');
  const obligations = useUnitObligations(planId, id);
  const data = obligations.data;
  const tasks = new Map((data?.tasks ?? []).map((task) => [task.id, task]));
  const columns: TableColumnsType<ObligationCell> = [
    { title: t('cockpit.unit.period'), dataIndex: 'periodKey', width: 90 },
    {
      title: t('cockpit.unit.task'),
      key: 'task',
      width: 220,
      render: (_, cell) => {
        const task = tasks.get(cell.taskId);
        return <Link to={`/cockpit/tasks/${cell.taskId}?plan=${planId ?? ''}`}>{task ? `${task.number}. ${task.title}` : ''}</Link>;
      },
    },
    { title: '', dataIndex: 'kind', width: 110, render: (kind: ObligationCell['kind']) => <KindTag kind={kind} /> },
    { title: t('cockpit.unit.state'), key: 'state', width: 170, render: (_, cell) => <CellState cell={cell} /> },
    { title: t('cockpit.unit.taskStatus'), dataIndex: 'taskStatus', width: 100, render: (status: ObligationCell['taskStatus']) => (status ? <TaskStatusTag status={status} /> : null) },
  ];
  return (
    <Flex vertical gap={16} data-testid="cockpit-unit-page">
      <DrillDownHeader title={data ? t('cockpit.unit.title', { name: data.unit.name }) : t('cockpit.title')} planId={planId} rates={data?.rates} />
      {(plansError || obligations.isError) && <Alert type="error" showIcon title={t(errorMessageKey(plansError ?? obligations.error))} />}
      {obligations.isPending && <Card><Skeleton active /></Card>}
      {data && data.indicators.length > 0 && (
        <Card title={t('cockpit.unit.indicators')} size="small" data-testid="cockpit-unit-indicators">
          <Flex vertical gap={6}>
            {data.indicators.map((indicator) => (
              <Flex key={indicator.id} wrap gap={8} align="center">
                <Badge color={LIGHT_COLORS[indicator.light]} />
                <Link to={`/indicators/${indicator.id}`}>{indicator.number}. {indicator.name}</Link>
                <Tag>{t(STATUS_LIGHTS[indicator.status].labelKey)}</Tag>
                <Typography.Text type="secondary">
                  {indicator.latest ? t('cockpit.unit.latestValue', { period: indicator.latest.period, value: indicator.latest.value, state: t(`cockpit.valueState.${indicator.latest.status}`) }) : t('cockpit.indicators.noValue')}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
      {data && (
        <Card>
          <Table
            size="small"
            rowKey={(cell) => `${cell.periodId}/${cell.taskId}/${cell.kind}`}
            columns={columns}
            dataSource={data.cells}
            pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
            scroll={{ x: 690 }}
            onRow={(cell) => ({ 'data-testid': `cockpit-obligation-${cell.periodKey}-${tasks.get(cell.taskId)?.number ?? ''}-${cell.kind}` }) as HTMLAttributes<HTMLElement>}
          />
        </Card>
      )}
    </Flex>
  );
}
