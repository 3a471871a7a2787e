import { Alert, Card, Flex, Radio, Table, Typography } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import type { GoalLink, Indicator } from './indicator-types';
import { useChooseTarget } from './indicators-api';

/**
 * 目标路径: the baseline and each year's governing target. Where an overall goal (总体目标)
 * gives the same measure another figure, the conflict is shown with the parser's finding, and
 * the office records which target governs (audited; the status follows it).
 */
export function TargetPath({ indicator, isOffice }: { indicator: Indicator; isOffice: boolean }) {
  if (indicator.origin === 'goal') return <GoalTargetPath indicator={indicator} />;
  return <TableTargetPath indicator={indicator} isOffice={isOffice} />;
}

/**
 * An overall goal's targets: the level or rate each year (a relative change's level once the
 * baseline is in; until then, what the office must enter), and the goal as the plan words it.
 */
function GoalTargetPath({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const unit = indicator.unit ?? '';
  const rows = Object.entries(indicator.targets).map(([year, value]) => ({ year, value }));
  const needsBaseline = indicator.kind === 'relative_change' && indicator.baseline === null;
  return (
    <Card size="small" title={t('indicators.path.title')} data-testid="indicator-target-path">
      {needsBaseline ? (
        <Alert type="info" showIcon title={t('indicators.goal.needsBaseline')} data-testid="indicator-needs-baseline" />
      ) : (
        <Table
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('indicators.period'), dataIndex: 'year' },
            { title: t(indicator.kind === 'annual_growth' ? 'indicators.chart.targetRate' : 'indicators.path.target'), key: 'value', render: (_, row) => `${row.value}${unit}` },
          ]}
        />
      )}
      {indicator.goal && <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('indicators.goal.wording', { text: indicator.goal.text })}</Typography.Paragraph>}
    </Card>
  );
}

function TableTargetPath({ indicator, isOffice }: { indicator: Indicator; isOffice: boolean }) {
  const { t } = useI18n();
  const unit = indicator.unit ?? '';
  const rows = Object.entries(indicator.targets).map(([year, value]) => ({ year, value, table: indicator.tableTargets[year] ?? null }));
  return (
    <Card size="small" title={t('indicators.path.title')} data-testid="indicator-target-path">
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('indicators.period'), dataIndex: 'year' },
          { title: t('indicators.path.governing'), key: 'value', render: (_, row) => `${row.value}${unit}` },
          { title: t('indicators.path.table'), key: 'table', render: (_, row) => (row.table === null ? '—' : `${row.table}${unit}`) },
        ]}
      />
      {indicator.goalLinks.map((link) => (
        <GoalLinkView key={`${link.goalId}-${link.year}`} indicatorId={indicator.id} link={link} unit={unit} isOffice={isOffice} />
      ))}
    </Card>
  );
}

function GoalLinkView({ indicatorId, link, unit, isOffice }: { indicatorId: string; link: GoalLink; unit: string; isOffice: boolean }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const choose = useChooseTarget(indicatorId);
  const goal = `${link.goalValue}${link.goalUnit ?? unit}`;
  if (!link.conflict) {
    return <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('indicators.goal.agrees', { metric: link.metric, year: link.year, goal })}</Typography.Paragraph>;
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      data-testid={`indicator-conflict-${link.year}`}
      data-governs={link.governs}
      title={t('indicators.goal.conflict', { metric: link.metric, year: link.year, goal, table: `${link.tableValue}${unit}` })}
      description={
        <Flex vertical gap={8}>
          {link.findingZh && <Typography.Text type="secondary">{link.findingZh}</Typography.Text>}
          <Typography.Text>{t(link.chosen ? 'indicators.goal.chosen' : 'indicators.goal.default', { source: t(link.governs === 'goal' ? 'indicators.goal.sourceGoal' : 'indicators.goal.sourceTable') })}</Typography.Text>
          {isOffice && (
            <Radio.Group
              value={link.governs}
              disabled={choose.isPending}
              onChange={(e) =>
                choose.mutate(
                  { year: link.year, governs: e.target.value as 'goal' | 'table' },
                  { onSuccess: () => void message.success(t('indicators.goal.saved')), onError: (error) => void message.error(t(errorMessageKey(error))) },
                )
              }
              options={[
                { value: 'table', label: t('indicators.goal.useTable', { value: `${link.tableValue}${unit}` }) },
                { value: 'goal', label: t('indicators.goal.useGoal', { value: goal }) },
              ]}
              data-testid={`indicator-governs-${link.year}`}
            />
          )}
        </Flex>
      }
    />
  );
}
