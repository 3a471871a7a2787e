import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { StatusTag, TimelinessTag } from '../reports/report-tags';
import { formatRate } from '../timeliness/timeliness-rows';
import type { ObligationCell, Rates } from './cockpit-types';

/** The plan of a drill-down (?plan=, else the default plan) and a route parameter. */
export function useDrillDownTarget(param: 'taskId' | 'unitId') {
  const [params] = useSearchParams();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, params.get('plan')) : undefined;
  return { planId, id: useParams()[param], plansError: plans.error };
}

/** A drill-down's title with the way back to the cockpit, and its overall rates. */
export function DrillDownHeader({ title, planId, rates }: { title: string; planId: string | undefined; rates: Rates | undefined }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4}>
      <Flex wrap gap={8} align="center">
        <Link to={planId ? `/cockpit?plan=${planId}` : '/cockpit'}>
          <Button icon={<ArrowLeftOutlined />} aria-label={t('cockpit.task.back')} data-testid="cockpit-back" />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }}>{title}</Typography.Title>
      </Flex>
      {rates && (
        <Typography.Text type="secondary">
          {t('cockpit.drill.rates', { reporting: formatRate(rates.reportingRate), timely: formatRate(rates.timelyRate), expected: rates.expected, received: rates.received })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** One obligation's state in one quarter: workflow state and timeliness, opening the report when there is one. */
export function CellState({ cell }: { cell: ObligationCell }) {
  const { t } = useI18n();
  const tags = (
    <Flex wrap gap={2}>
      <StatusTag status={cell.status} />
      {cell.timeliness.status !== 'on_time' && <TimelinessTag timeliness={cell.timeliness} />}
    </Flex>
  );
  return cell.reportId ? (
    <Link to={`/reports/${cell.reportId}`} title={t('cockpit.drill.open')} data-testid={`cockpit-cell-${cell.periodKey}`}>
      {tags}
    </Link>
  ) : (
    tags
  );
}
