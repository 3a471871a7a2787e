import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { formatRate } from '../timeliness/timeliness-rows';
import type { Cockpit } from './cockpit-types';
import { indicatorLights } from './cockpit-rows';

/** The four (five with supervision) headline figures a leader reads first. */
export function HeadlineCards({ headline, indicators }: { headline: Cockpit['headline']; indicators: Cockpit['indicators'] }) {
  const { t } = useI18n();
  // The annual table's indicators make the figure; overall goals it does not measure are counted beside them.
  const table = indicators.filter((i) => i.origin === 'table');
  const goals = indicators.filter((i) => i.origin === 'goal');
  const lights = indicatorLights(table);
  const goalLights = indicatorLights(goals);
  const { byState } = headline.tasks;
  const { reporting } = headline;
  const ratesDetail = t('cockpit.headline.ratesDetail', { expected: reporting.expected, received: reporting.received, onTime: reporting.onTime });
  const cards = [
    {
      key: 'indicators',
      title: t('cockpit.headline.indicators'),
      value: t('cockpit.headline.indicatorsValue', { good: lights.green, total: table.length }),
      detail: [
        t('cockpit.headline.indicatorsDetail', { yellow: lights.yellow, red: lights.red, grey: lights.grey }),
        ...(goals.length > 0 ? [t('cockpit.headline.goalsDetail', { good: goalLights.green, total: goals.length })] : []),
      ].join('；'),
    },
    {
      key: 'tasks',
      title: t('cockpit.headline.tasks'),
      value: `${byState.completed + byState.on_track} / ${headline.tasks.total}`,
      detail: t('cockpit.headline.tasksDetail', { lagging: byState.lagging, notStarted: byState.not_started, notReported: byState.not_reported }),
    },
    { key: 'reportingRate', title: t('cockpit.headline.reportingRate'), value: formatRate(reporting.reportingRate), detail: ratesDetail },
    { key: 'timelyRate', title: t('cockpit.headline.timelyRate'), value: formatRate(reporting.timelyRate), detail: ratesDetail },
    // Shown only where supervision exists: null means the feature is absent, not zero items.
    ...(headline.openSupervisionItems === null
      ? []
      : [{ key: 'supervision', title: t('cockpit.headline.supervision'), value: String(headline.openSupervisionItems), detail: t('cockpit.headline.supervisionDetail'), to: '/notices' }]),
  ] as Array<{ key: string; title: string; value: string; detail: string; to?: string }>;
  return (
    <Row gutter={[12, 12]} data-testid="cockpit-headline">
      {cards.map((card) => (
        <Col key={card.key} flex="1 1 170px">
          <Card size="small" data-testid={`cockpit-headline-${card.key}`} style={{ height: '100%' }}>
            <Statistic title={card.title} value={card.value} />
            {card.to ? (
              // Drill-down: the notices themselves (督办单), where leaders read each one's state.
              <Link to={card.to} data-testid={`cockpit-headline-${card.key}-link`} style={{ fontSize: 12 }}>
                {card.detail}
              </Link>
            ) : (
              card.detail && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{card.detail}</Typography.Text>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
