import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Dropdown, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { useCockpit, useDownloadCockpit } from './cockpit-api';
import { CockpitFilterBar } from './cockpit-filter-bar';
import { filtersOf, filtersToParams, type CockpitFilters } from './cockpit-filters';
import type { Cockpit } from './cockpit-types';
import { HeadlineCards } from './headline-cards';
import { IndicatorGrid } from './indicator-grid';
import { OverdueList } from './overdue-list';
import { RatesByQuarter } from './rates-by-quarter';
import { TaskProgress } from './task-progress';
import { UnitRankings } from './unit-rankings';

/**
 * 领导驾驶舱 (leaders, the office, the supervision office): where the plan stands, in one screen
 * computed live from the database: headline figures, indicators with lights and trends, tasks by
 * section, units ranked, the overdue list and the reporting rate by quarter. Filters live in the
 * URL; each number drills down to its page; the board exports to Excel, PNG or PDF.
 */
export function CockpitPage() {
  const { t } = useI18n();
  const message = useAppMessage();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, filters.plan) : undefined;
  const cockpit = useCockpit(planId, filters);
  const board = useRef<HTMLDivElement>(null);
  const download = useDownloadCockpit(`${t('cockpit.title')}.xlsx`);
  const change = (next: Partial<CockpitFilters>) => setParams(filtersToParams({ ...filters, plan: planId ?? null, ...next }), { replace: true });
  const fileName = (ext: string) => `${cockpit.data?.plan.title ?? ''}${t('cockpit.title')}${cockpit.data?.period?.key ?? ''}.${ext}`;

  const exportBoard = async (kind: 'png' | 'pdf') => {
    if (!board.current) return;
    try {
      const { exportPdf, exportPng } = await import('./cockpit-export');
      await (kind === 'png' ? exportPng : exportPdf)(board.current, fileName(kind));
    } catch {
      message.error(t('cockpit.export.failed'));
    }
  };
  const exportItems = [
    { key: 'xlsx', label: t('cockpit.export.xlsx'), 'data-testid': 'cockpit-export-xlsx' },
    { key: 'png', label: t('cockpit.export.png'), 'data-testid': 'cockpit-export-png' },
    { key: 'pdf', label: t('cockpit.export.pdf'), 'data-testid': 'cockpit-export-pdf' },
  ];
  const onExport = ({ key }: { key: string }) => {
    if (key === 'xlsx' && planId) download.mutate({ planId, filters }, { onError: () => message.error(t('cockpit.export.failed')) });
    if (key === 'png' || key === 'pdf') void exportBoard(key);
  };

  const data = cockpit.data;
  return (
    <Flex vertical gap={16} data-testid="cockpit-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('cockpit.title')}</Typography.Title>
        <Flex wrap gap={8}>
          {data && <CockpitFilterBar cockpit={data} filters={filters} onChange={change} />}
          <Dropdown menu={{ items: exportItems, onClick: onExport }} disabled={!data}>
            <Button icon={<DownloadOutlined />} loading={download.isPending} data-testid="cockpit-export">{t('cockpit.export')}</Button>
          </Dropdown>
        </Flex>
      </Flex>
      {(plans.isError || cockpit.isError) && <Alert type="error" showIcon title={t(errorMessageKey(plans.error ?? cockpit.error))} />}
      {cockpit.isPending && <Card><Skeleton active /></Card>}
      {data && (
        <div ref={board} data-testid="cockpit-board" data-period={data.period?.key ?? ''} style={{ opacity: cockpit.isPlaceholderData ? 0.6 : 1 }}>
          <CockpitBoard cockpit={data} onChange={change} />
        </div>
      )}
    </Flex>
  );
}

function CockpitBoard({ cockpit, onChange }: { cockpit: Cockpit; onChange: (next: Partial<CockpitFilters>) => void }) {
  const { t } = useI18n();
  const selectQuarter = (key: string) => {
    const period = cockpit.periods.find((p) => p.key === key);
    if (period) onChange({ year: period.year, quarter: period.quarter });
  };
  return (
    <Flex vertical gap={16}>
      {cockpit.period ? (
        <Typography.Text type="secondary">{t('cockpit.subtitle', { plan: cockpit.plan.title, period: cockpit.period.key, due: cockpit.period.dueDate })}</Typography.Text>
      ) : (
        <Card><Empty description={t('cockpit.noPeriod')} /></Card>
      )}
      <HeadlineCards headline={cockpit.headline} indicators={cockpit.indicators} />
      <IndicatorGrid indicators={cockpit.indicators} year={cockpit.year} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <TaskProgress cockpit={cockpit} onSection={(section) => onChange({ section })} />
        </Col>
        <Col xs={24} lg={12}>
          <RatesByQuarter cockpit={cockpit} onQuarter={selectQuarter} />
        </Col>
        <Col xs={24} lg={12}>
          <UnitRankings cockpit={cockpit} />
        </Col>
        <Col xs={24} lg={12}>
          <OverdueList cockpit={cockpit} />
        </Col>
      </Row>
    </Flex>
  );
}
