import { Badge, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { EChart } from '../../shared/charts/echart';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { STATUS_LIGHTS } from '../indicators/indicator-lights';
import { indicatorTrendOption, LIGHT_COLORS } from './cockpit-charts';
import { formatValue, latestAgainstTarget } from './cockpit-rows';
import type { IndicatorCell } from './cockpit-types';

/** One indicator: its light and status, the latest actual against that year's target, the small trend. */
function IndicatorCard({ indicator }: { indicator: IndicatorCell }) {
  const { t } = useI18n();
  const names = { actual: t('cockpit.indicators.actual'), target: t('cockpit.indicators.target') };
  const option = useMemo(() => indicatorTrendOption(indicator, names), [indicator, names.actual, names.target]); // eslint-disable-line react-hooks/exhaustive-deps
  const { latest, target } = latestAgainstTarget(indicator);
  return (
    <Card size="small" data-testid={`cockpit-indicator-${indicator.number}`} data-light={indicator.light} style={{ height: '100%' }}>
      <Flex vertical gap={4}>
        <Flex gap={8} align="start">
          <Badge color={LIGHT_COLORS[indicator.light]} style={{ marginTop: 4 }} aria-hidden />
          <Link to={`/indicators/${indicator.id}`} data-testid={`cockpit-indicator-link-${indicator.number}`} style={{ flex: 1 }}>
            {indicator.number}. {indicator.name}
          </Link>
        </Flex>
        <Flex wrap gap={4}>
          <Tag color={indicator.light === 'grey' ? 'default' : indicator.light === 'yellow' ? 'gold' : indicator.light}>{t(STATUS_LIGHTS[indicator.status].labelKey)}</Tag>
          {indicator.attribute === 'binding' && <Tag>{t('cockpit.indicators.binding')}</Tag>}
          {indicator.provisional && <Tag color="blue">{t('cockpit.indicators.provisional')}</Tag>}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {latest ? t('cockpit.indicators.latest', { year: latest.year, value: formatValue(latest.value, indicator.unit) }) : t('cockpit.indicators.noValue')}
          {target && ` · ${t('cockpit.indicators.targetOf', { year: target.year, value: formatValue(target.value, indicator.unit) })}`}
        </Typography.Text>
        <EChart option={option} height={48} ariaLabel={`${indicator.name}: ${t(STATUS_LIGHTS[indicator.status].labelKey)}`} />
      </Flex>
    </Card>
  );
}

/** The plan's indicators, each with its light and its trend against the target path. */
export function IndicatorGrid({ indicators, year }: { indicators: readonly IndicatorCell[]; year: number }) {
  const { t } = useI18n();
  return (
    <Card title={t('cockpit.indicators.title', { year })} data-testid="cockpit-indicators">
      <Row gutter={[12, 12]}>
        {indicators.map((indicator) => (
          <Col key={indicator.id} xs={12} lg={8} xl={6}>
            <IndicatorCard indicator={indicator} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
