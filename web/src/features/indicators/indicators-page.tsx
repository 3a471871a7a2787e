import { Alert, Card, Checkbox, Empty, Flex, Input, List, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useSignedInAccount } from '../auth/signed-in-account';
import { countByStatus, filterIndicators, groupByOrigin, hasPendingValue, sentencesIn, STATUS_LIGHTS, type IndicatorFilter } from './indicator-lights';
import { AttributeTag, GoalKindTag, StatusLight } from './indicator-tags';
import type { Indicator, IndicatorStatus } from './indicator-types';
import { useIndicators } from './indicators-api';
import { IndicatorsXlsx } from './indicators-xlsx';
import { PendingValues } from './pending-values';
import { usePlanYear } from './use-plan-year';

/**
 * 指标监测: every indicator of the plan with its light (the computed status) and the sentence that
 * explains it, filtered by status, attribute or name; the .xlsx table (also the entry template);
 * for the office, the values waiting for review.
 */
export function IndicatorsPage() {
  const { t } = useI18n();
  const { roles } = useSignedInAccount();
  const isOffice = roles.includes('office');
  const entersValues = isOffice || roles.includes('unit_reporter') || roles.includes('unit_head');
  const { plans, planId, year, years, select } = usePlanYear();
  const indicators = useIndicators(planId, year);
  const [filter, setFilter] = useState<IndicatorFilter>({});
  const all = indicators.data ?? [];
  const counts = countByStatus(all);
  const shown = filterIndicators(all, filter);

  return (
    <Flex vertical gap={16} data-testid="indicators-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('indicators.title')}</Typography.Title>
        <Flex wrap gap={8}>
          {plans.data && plans.data.length > 1 && (
            <Select value={planId} style={{ minWidth: 220, maxWidth: '100%' }} aria-label={t('plan.choose')} options={plans.data.map((p) => ({ value: p.id, label: p.title }))} onChange={(id: string) => select({ plan: id })} />
          )}
          <Select value={year} style={{ width: 110 }} aria-label={t('indicators.year')} options={years.map((y) => ({ value: y, label: t('plan.indicator.year', { year: y }) }))} onChange={(y: number) => select({ year: y })} data-testid="indicators-year" />
          {planId && <IndicatorsXlsx planId={planId} year={year} canUpload={entersValues} />}
        </Flex>
      </Flex>
      {(plans.isError || indicators.isError) && <Alert type="error" showIcon title={t(errorMessageKey(plans.error ?? indicators.error))} />}
      {plans.data?.length === 0 && <Card><Empty description={t('plan.none')} /></Card>}
      {indicators.isLoading && <Card><Skeleton active /></Card>}
      {isOffice && all.some(hasPendingValue) && <PendingValues indicators={all} />}
      {indicators.data && (
        <Card size="small">
          <Flex wrap gap={8} style={{ marginBottom: 12 }} data-testid="indicators-filters">
            <Select<IndicatorStatus>
              allowClear
              placeholder={t('indicators.filter.status')}
              style={{ minWidth: 160 }}
              value={filter.status}
              onChange={(status) => setFilter({ ...filter, status })}
              options={(Object.keys(STATUS_LIGHTS) as IndicatorStatus[]).map((s) => ({ value: s, label: `${t(STATUS_LIGHTS[s].labelKey)} (${counts[s]})` }))}
              data-testid="indicators-filter-status"
            />
            <Select
              allowClear
              placeholder={t('indicators.filter.attribute')}
              style={{ minWidth: 120 }}
              value={filter.attribute}
              onChange={(attribute: IndicatorFilter['attribute']) => setFilter({ ...filter, attribute })}
              options={[
                { value: 'expected', label: t('indicators.attribute.expected') },
                { value: 'binding', label: t('indicators.attribute.binding') },
                { value: 'goal', label: t('indicators.origin.goal') },
              ]}
            />
            <Input.Search allowClear placeholder={t('indicators.filter.text')} style={{ width: 200 }} onSearch={(text) => setFilter({ ...filter, text })} data-testid="indicators-filter-text" />
            <Checkbox checked={filter.pendingOnly ?? false} onChange={(e) => setFilter({ ...filter, pendingOnly: e.target.checked })}>
              {t('indicators.filter.pending')}
            </Checkbox>
          </Flex>
          <IndicatorGroups indicators={shown} planId={planId!} year={year} />
        </Card>
      )}
    </Flex>
  );
}

/**
 * The annual table's indicators (序号 1–20 for Helan), then the overall goals it does not measure,
 * numbered after it, under their own heading: the table stays what the document and the .xlsx call it.
 */
function IndicatorGroups({ indicators, planId, year }: { indicators: readonly Indicator[]; planId: string; year: number }) {
  const { t } = useI18n();
  const { table, goals } = groupByOrigin(indicators);
  const row = (indicator: Indicator) => <IndicatorRow indicator={indicator} planId={planId} year={year} />;
  return (
    <>
      {goals.length > 0 && <Typography.Title level={5}>{t('indicators.group.table', { count: table.length })}</Typography.Title>}
      <List dataSource={table} rowKey="id" locale={{ emptyText: t('indicators.none') }} renderItem={row} data-testid="indicators-list" />
      {goals.length > 0 && (
        <div data-testid="indicators-goal-group" style={{ marginTop: 16 }}>
          <Typography.Title level={5}>{t('indicators.group.goals', { count: goals.length })}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('indicators.group.goalsHint')}</Typography.Paragraph>
          <List dataSource={goals} rowKey="id" renderItem={row} data-testid="indicators-goal-list" />
        </div>
      )}
    </>
  );
}

function IndicatorRow({ indicator, planId, year }: { indicator: Indicator; planId: string; year: number }) {
  const { t, lang } = useI18n();
  const sentences = sentencesIn(indicator, lang);
  const conflicts = indicator.goalLinks.filter((l) => l.conflict);
  return (
    <List.Item data-testid={`indicator-row-${indicator.number}`} data-status={indicator.status}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex wrap gap={8} align="center">
          <StatusLight status={indicator.status} />
          <Link to={`/indicators/${indicator.id}?plan=${planId}&year=${year}`} data-testid={`indicator-open-${indicator.number}`}>
            {indicator.number}. {indicator.name}
            {indicator.unit ? `（${indicator.unit}）` : ''}
          </Link>
          <AttributeTag attribute={indicator.attribute} />
          <GoalKindTag indicator={indicator} />
          {indicator.provisional && <Tag>{t('indicators.provisional')}</Tag>}
          {conflicts.length > 0 && <Tag color="warning">{t('indicators.conflictTag')}</Tag>}
        </Flex>
        <Typography.Text data-testid="indicator-explanation">{sentences.explanation}</Typography.Text>
        {sentences.forecast && <Typography.Text type="secondary">{sentences.forecast}</Typography.Text>}
      </Flex>
    </List.Item>
  );
}
