import { Alert, Card, Col, Descriptions, Flex, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { EChart } from '../../shared/charts/echart';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useSignedInAccount } from '../auth/signed-in-account';
import { buildTargetChartOption } from './indicator-chart';
import { formatPeriod, sentencesIn } from './indicator-lights';
import { IndicatorSettingsForm } from './indicator-settings';
import { AttributeTag, GoalKindTag, StatusLight } from './indicator-tags';
import type { Indicator } from './indicator-types';
import { useIndicators } from './indicators-api';
import { TargetPath } from './target-path';
import { usePlanYear } from './use-plan-year';
import { ValueForm } from './value-form';
import { ValueHistory } from './value-history';

/**
 * One indicator: its light and explanation, the forecast sentence, the target-versus-actual chart,
 * the target path (with any conflict between the overall goals and the table), the history of
 * values; the providing unit enters values here, the office reviews them and keeps the settings.
 */
export function IndicatorPage() {
  const { t } = useI18n();
  const { indicatorId } = useParams();
  const { planId, year, years } = usePlanYear();
  const indicators = useIndicators(planId, year);
  const indicator = indicators.data?.find((i) => i.id === indicatorId);
  const account = useSignedInAccount();
  const isOffice = account.roles.includes('office');
  // The server's indicator.enter: the office, or a reporter or head of the providing unit.
  const isUnitAccount = account.roles.includes('unit_reporter') || account.roles.includes('unit_head');
  const canEnter = indicator !== undefined && (isOffice || (isUnitAccount && account.unit !== null && account.unit.id === indicator.providerUnitId));

  return (
    <Flex vertical gap={16} data-testid="indicator-page">
      <Link to={`/indicators?${planId ? `plan=${planId}&` : ''}year=${year}`}>{t('indicators.back')}</Link>
      {indicators.isError && <Alert type="error" showIcon title={t(errorMessageKey(indicators.error))} />}
      {indicators.isLoading && <Card><Skeleton active /></Card>}
      {indicators.data && !indicator && <Alert type="warning" showIcon title={t('error.not_found')} />}
      {indicator && (
        <>
          <IndicatorSummary indicator={indicator} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('indicators.chart.title')}>
                <IndicatorChart indicator={indicator} />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <TargetPath indicator={indicator} isOffice={isOffice} />
            </Col>
          </Row>
          {canEnter && <ValueForm indicator={indicator} years={years} year={year} />}
          <ValueHistory indicator={indicator} isOffice={isOffice} canEnter={canEnter} />
          {isOffice && <IndicatorSettingsForm indicator={indicator} />}
        </>
      )}
    </Flex>
  );
}

function IndicatorSummary({ indicator }: { indicator: Indicator }) {
  const { t, lang } = useI18n();
  const sentences = sentencesIn(indicator, lang);
  const quarter = (y: string, q: string) => t('indicators.quarter', { year: y, quarter: q });
  return (
    <Card size="small" data-testid="indicator-summary">
      <Flex wrap gap={8} align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {indicator.number}. {indicator.name}
        </Typography.Title>
        <AttributeTag attribute={indicator.attribute} />
        <GoalKindTag indicator={indicator} />
        <StatusLight status={indicator.status} />
      </Flex>
      {indicator.goal && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="indicator-goal-text">
          {t('indicators.goal.wording', { text: indicator.goal.text })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 4 }} data-testid="indicator-explanation">{sentences.explanation}</Typography.Paragraph>
      {sentences.forecast && <Typography.Paragraph strong data-testid="indicator-forecast">{sentences.forecast}</Typography.Paragraph>}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 4 }}
        items={[
          { key: 'unit', label: t('plan.indicator.unit'), children: indicator.unit ?? '—' },
          { key: 'direction', label: t('plan.indicator.direction'), children: t(indicator.direction === 'higher' ? 'indicators.direction.higher' : 'indicators.direction.lower') },
          // A growth goal's values are rates: no level to start from.
          ...(indicator.kind === 'annual_growth' ? [] : [{ key: 'baseline', label: t('indicators.baseline'), children: indicator.baseline ? `${indicator.baseline.year}: ${indicator.baseline.value}` : t('indicators.baseline.none') }]),
          { key: 'judged', label: t('indicators.judgedPeriod'), children: indicator.judgedPeriod ? formatPeriod(indicator.judgedPeriod, quarter) : '—' },
        ]}
      />
    </Card>
  );
}

function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const rate = indicator.kind === 'annual_growth';
  const option = useMemo(
    () =>
      buildTargetChartOption(indicator, {
        target: t(rate ? 'indicators.chart.targetRate' : 'indicators.chart.target'),
        actual: t(rate ? 'indicators.chart.actualRate' : 'indicators.chart.actual'),
        forecast: t(rate ? 'indicators.chart.averageRate' : 'indicators.chart.forecast'),
        period: (p) => formatPeriod(p, (y, q) => t('indicators.quarter', { year: y, quarter: q })),
      }),
    [indicator, rate, t],
  );
  return <EChart option={option} height={300} testId="indicator-chart" ariaLabel={t('indicators.chart.title')} />;
}
