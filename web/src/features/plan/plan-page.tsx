import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Descriptions, Empty, Flex, Select, Skeleton, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useSignedInAccount } from '../auth/signed-in-account';
import { FindingsList } from './findings-list';
import { GoalsList } from './goals-list';
import { IndicatorsTable } from './indicators-table';
import { LeadingGroupPanel } from './leading-group';
import { countBySeverity } from './plan-labels';
import { defaultPlanId } from './plan-choice';
import type { PlanView } from './plan-types';
import { useDownloadBreakdown, usePlan, usePlans } from './plans-api';
import { TaskBreakdown } from './task-breakdown';

/**
 * 实施方案: the plan as its 任务分解表 (sections, tasks, units, targets), with tabs for the overall
 * goals, the annual indicators and what the import check found. Every business role reads it;
 * the office also imports plans and revisions from here.
 */
export function PlanPage() {
  const { t } = useI18n();
  const { planId: wanted } = useParams();
  const navigate = useNavigate();
  const isOffice = useSignedInAccount().roles.includes('office');
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, wanted) : undefined;
  const plan = usePlan(planId);

  const importButton = isOffice && (
    <Link to="/plan/import">
      <Button icon={<UploadOutlined />} data-testid="plan-import">{t('plan.import')}</Button>
    </Link>
  );

  return (
    <Flex vertical gap={16} data-testid="plan-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('plan.title')}</Typography.Title>
        {plans.data && plans.data.length > 1 && (
          <Select
            value={planId}
            style={{ minWidth: 240, maxWidth: '100%' }}
            aria-label={t('plan.choose')}
            options={plans.data.map((option) => ({ value: option.id, label: option.title }))}
            onChange={(id: string) => void navigate(`/plan/${id}`)}
            data-testid="plan-select"
          />
        )}
      </Flex>
      {(plans.isError || plan.isError) && <Alert type="error" showIcon title={t(errorMessageKey(plans.error ?? plan.error))} />}
      {plans.data?.length === 0 && (
        <Card>
          <Empty description={isOffice ? t('plan.none.office') : t('plan.none')}>{importButton}</Empty>
        </Card>
      )}
      {(plans.isPending || plan.isLoading) && <Card><Skeleton active /></Card>}
      {plan.data && <PlanDetails view={plan.data} isOffice={isOffice} />}
    </Flex>
  );
}

function PlanDetails({ view, isOffice }: { view: PlanView; isOffice: boolean }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const download = useDownloadBreakdown(t('plan.breakdown.fileName', { title: view.plan.title }));
  const counts = countBySeverity(view.findings);
  const taskCount = view.sections.reduce((sum, section) => sum + section.tasks.length, 0);
  const onDownload = () => download.mutate(view.plan.id, { onError: (error) => void message.error(t(errorMessageKey(error))) });

  return (
    <>
      <Card>
        <Flex wrap gap={12} justify="space-between" align="start">
          <div style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>{view.plan.title}</Typography.Title>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 4 }}
              items={[
                { key: 'doc', label: t('plan.documentNumber'), children: view.plan.documentNumber ?? '—' },
                { key: 'years', label: t('plan.years'), children: t('plan.yearRange', { start: view.plan.startYear, end: view.plan.endYear }) },
                { key: 'status', label: t('plan.status'), children: <Tag color={view.plan.status === 'active' ? 'green' : 'default'}>{t(`plan.status.${view.plan.status}`)}</Tag> },
                { key: 'size', label: t('plan.size'), children: t('plan.sizeValue', { sections: view.sections.length, tasks: taskCount }) },
              ]}
            />
          </div>
          <Flex wrap gap={8}>
            <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={onDownload} data-testid="plan-download">
              {t('plan.breakdown.download')}
            </Button>
            {isOffice && (
              <Link to={`/plan/import?planId=${encodeURIComponent(view.plan.id)}`}>
                <Button icon={<UploadOutlined />} data-testid="plan-revise">{t('plan.revise')}</Button>
              </Link>
            )}
            {isOffice && (
              <Link to="/plan/import">
                <Button data-testid="plan-import">{t('plan.import')}</Button>
              </Link>
            )}
          </Flex>
        </Flex>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'breakdown', label: t('plan.tab.breakdown'), children: <TaskBreakdown sections={view.sections} /> },
            { key: 'goals', label: t('plan.tab.goals'), children: <GoalsList goals={view.goals} /> },
            { key: 'indicators', label: t('plan.tab.indicators'), children: <IndicatorsTable indicators={view.indicators} /> },
            {
              key: 'findings',
              label: (
                <span data-testid="plan-findings-tab">
                  {t('plan.tab.findings')}{' '}
                  <Badge count={counts.error + counts.warning} color={counts.error > 0 ? 'red' : 'orange'} showZero={false} size="small" />
                </span>
              ),
              children: <FindingsList findings={view.findings} />,
            },
            { key: 'group', label: t('plan.tab.group'), children: <LeadingGroupPanel planId={view.plan.id} editable={isOffice} /> },
          ]}
        />
      </Card>
    </>
  );
}
