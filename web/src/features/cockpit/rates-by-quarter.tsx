import { Card } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../shared/charts/echart';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { ratesByQuarterOption } from './cockpit-charts';
import type { Cockpit } from './cockpit-types';

/** The reporting rate (bars) and timely rate (line) quarter by quarter; clicking a quarter selects it. */
export function RatesByQuarter({ cockpit, onQuarter }: { cockpit: Cockpit; onQuarter: (periodKey: string) => void }) {
  const { t, lang } = useI18n();
  const option = useMemo(
    () => ratesByQuarterOption(cockpit.ratesByQuarter, { reporting: t('timeliness.reportingRate'), timely: t('timeliness.timelyRate') }, cockpit.period?.key ?? null),
    [cockpit.ratesByQuarter, cockpit.period?.key, lang], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return (
    <Card title={t('cockpit.rates.title')} data-testid="cockpit-rates">
      <EChart
        option={option}
        height={260}
        testId="cockpit-rates-chart"
        ariaLabel={t('cockpit.rates.title')}
        onItemClick={({ dataIndex }) => {
          const quarter = cockpit.ratesByQuarter[dataIndex];
          if (quarter) onQuarter(quarter.key);
        }}
      />
    </Card>
  );
}
