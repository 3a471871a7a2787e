import { Alert, Card, Col, Empty, Flex, Row, Select, Skeleton, Statistic, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { usePeriods } from '../reports/periods-api';
import { currentPeriod } from '../review/review-order';
import { useTimeliness } from './timeliness-api';
import { KindTag, TimelinessTag } from '../reports/report-tags';
import { formatRate, maxDaysLateByUnit, obligationsByUnit, splitByKind, worstFirst } from './timeliness-rows';
import type { ObligationTimeliness, TimelinessSummary, UnitTimeliness } from './timeliness-types';

/**
 * 报送情况 (office, leaders, supervision office): for one period, how many reports were due, came,
 * and came on time (DHIS2's reporting and timely rates), and per unit (departments and townships
 * apart) who was on time, late by how many days, or missing: the material of a 通报.
 */
export function TimelinessPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, params.get('plan')) : undefined;
  const periods = usePeriods(planId);
  const opened = (periods.data?.periods ?? []).filter((period) => period.id !== null);
  const wanted = opened.find((period) => period.key === params.get('period'));
  const period = wanted ?? currentPeriod(opened);
  const summary = useTimeliness(period?.id ?? undefined);
  const select = (next: { plan?: string; period?: string }) =>
    setParams({ ...(planId ? { plan: planId } : {}), ...(period ? { period: period.key } : {}), ...next }, { replace: true });

  return (
    <Flex vertical gap={16} data-testid="timeliness-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('timeliness.title')}</Typography.Title>
        <Flex wrap gap={8}>
          {plans.data && plans.data.length > 1 && (
            <Select value={planId} style={{ minWidth: 220 }} aria-label={t('plan.choose')} options={plans.data.map((p) => ({ value: p.id, label: p.title }))} onChange={(id: string) => setParams({ plan: id })} />
          )}
          {opened.length > 0 && (
            <Select
              value={period?.key}
              style={{ minWidth: 140 }}
              aria-label={t('timeliness.choosePeriod')}
              options={opened.map((p) => ({ value: p.key, label: p.key }))}
              onChange={(key: string) => select({ period: key })}
              data-testid="timeliness-period"
            />
          )}
        </Flex>
      </Flex>
      {(plans.isError || periods.isError || summary.isError) && <Alert type="error" showIcon title={t(errorMessageKey(plans.error ?? periods.error ?? summary.error))} />}
      {periods.data && opened.length === 0 && <Card><Empty description={t('timeliness.noPeriod')} /></Card>}
      {summary.isPending && period && <Card><Skeleton active /></Card>}
      {summary.data && <TimelinessView summary={summary.data} />}
    </Flex>
  );
}

function TimelinessView({ summary }: { summary: TimelinessSummary }) {
  const { t } = useI18n();
  const { rates } = summary;
  const { departments, townships } = splitByKind(summary.units);
  const late = summary.units.reduce((sum, unit) => sum + unit.late, 0);
  const missing = summary.units.reduce((sum, unit) => sum + unit.missing, 0);
  const daysLate = maxDaysLateByUnit(summary.obligations);
  const byUnit = obligationsByUnit(summary.obligations);
  return (
    <>
      <Card data-testid="timeliness-rates">
        <Typography.Paragraph type="secondary">
          {t('timeliness.periodLine', { period: summary.period.key, due: summary.period.dueDate })}{' '}
          <Tag color={summary.period.status === 'open' ? 'green' : 'default'}>{t(summary.period.status === 'open' ? 'review.period.open' : 'review.period.closed')}</Tag>
        </Typography.Paragraph>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}><Statistic title={t('timeliness.reportingRate')} value={formatRate(rates.reportingRate)} /></Col>
          <Col xs={12} md={6}><Statistic title={t('timeliness.timelyRate')} value={formatRate(rates.timelyRate)} /></Col>
          <Col xs={12} md={6}><Statistic title={t('timeliness.receivedOfExpected')} value={`${rates.received} / ${rates.expected}`} /></Col>
          <Col xs={12} md={6}><Statistic title={t('timeliness.lateAndMissing')} value={t('timeliness.lateAndMissingValue', { late, missing })} /></Col>
        </Row>
        {rates.expected === 0 && <Alert type="info" showIcon title={t('timeliness.notDue')} style={{ marginTop: 12 }} />}
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'departments', label: t('timeliness.departments', { count: departments.length }), children: <UnitsTable units={departments} daysLate={daysLate} byUnit={byUnit} /> },
            { key: 'townships', label: t('timeliness.townships', { count: townships.length }), children: <UnitsTable units={townships} daysLate={daysLate} byUnit={byUnit} /> },
          ]}
        />
      </Card>
    </>
  );
}

/** A unit's reports of the period, one line each: the task, and on time / late by N days / missing. */
function UnitObligations({ unitName, obligations }: { unitName: string; obligations: readonly ObligationTimeliness[] }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4}>
      {obligations.map((o) => (
        <Flex
          key={`${o.taskId}-${o.kind}`}
          wrap
          gap={4}
          align="center"
          data-testid={`timeliness-obligation-${unitName}-${o.taskNumber}-${o.kind}`}
          data-timeliness={o.timeliness.status}
        >
          <Typography.Text>{t('report.taskLabel', { number: o.taskNumber, title: o.taskTitle })}</Typography.Text>
          <KindTag kind={o.kind} />
          <TimelinessTag timeliness={o.timeliness} />
        </Flex>
      ))}
    </Flex>
  );
}

function UnitsTable({ units, daysLate, byUnit }: { units: readonly UnitTimeliness[]; daysLate: ReadonlyMap<string, number>; byUnit: ReadonlyMap<string, ObligationTimeliness[]> }) {
  const { t } = useI18n();
  const columns: TableColumnsType<UnitTimeliness> = [
    { title: t('report.unit'), dataIndex: 'unitName', width: 180, fixed: 'start' },
    { title: t('timeliness.expected'), key: 'expected', width: 70, align: 'end', render: (_, unit) => unit.rates.expected },
    { title: t('timeliness.received'), key: 'received', width: 70, align: 'end', render: (_, unit) => unit.rates.received },
    { title: t('timeliness.onTime'), key: 'onTime', width: 70, align: 'end', render: (_, unit) => unit.rates.onTime },
    {
      title: t('timeliness.late'),
      key: 'late',
      width: 150,
      render: (_, unit) => (unit.late === 0 ? 0 : <Tag color="orange">{t('timeliness.lateValue', { count: unit.late, days: daysLate.get(unit.unitId) ?? 0 })}</Tag>),
    },
    { title: t('timeliness.missing'), dataIndex: 'missing', width: 80, render: (count: number) => (count === 0 ? 0 : <Tag color="red">{count}</Tag>) },
    { title: t('timeliness.reportingRate'), key: 'reportingRate', width: 90, align: 'end', render: (_, unit) => formatRate(unit.rates.reportingRate) },
    { title: t('timeliness.timelyRate'), key: 'timelyRate', width: 90, align: 'end', render: (_, unit) => formatRate(unit.rates.timelyRate) },
  ];
  return (
    <Table
      size="small"
      rowKey="unitId"
      columns={columns}
      dataSource={worstFirst(units)}
      pagination={false}
      scroll={{ x: 800 }}
      expandable={{ expandedRowRender: (unit) => <UnitObligations unitName={unit.unitName} obligations={byUnit.get(unit.unitId) ?? []} /> }}
      onRow={(unit) => ({ 'data-testid': `timeliness-unit-${unit.unitName}`, 'data-missing': unit.missing, 'data-late': unit.late }) as HTMLAttributes<HTMLElement>}
    />
  );
}
