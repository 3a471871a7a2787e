import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Skeleton, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useSignedInAccount } from '../auth/signed-in-account';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { useAssessment, useAssessmentWrites, type UnitScore } from './assessment-api';
import { AdjustDialog, SchemeDialog } from './assessment-dialogs';
import { RankingTable } from './ranking-table';
import { RatingsTable } from './ratings-table';

/**
 * 年度考核 (office scores, leaders read): each unit's score from the year's records with the
 * breakdown behind every point, departments and townships ranked apart, .xlsx for the 通报.
 */
export function AssessmentPage() {
  const { t } = useI18n();
  const account = useSignedInAccount();
  const isOffice = account.roles.includes('office');
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, params.get('plan')) : undefined;
  const plan = plans.data?.find((p) => p.id === planId);
  const years = plan ? Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i) : [];
  const year = Number(params.get('year')) || years.filter((y) => y <= new Date().getFullYear()).at(-1) || years[0];
  const assessment = useAssessment(planId, year);
  const writes = useAssessmentWrites(planId ?? '');
  const [editingScheme, setEditingScheme] = useState(false);
  const [adjusting, setAdjusting] = useState<UnitScore | null>(null);
  const error = plans.error ?? assessment.error;

  return (
    <Flex vertical gap={16} data-testid="assessment-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('assessment.title')}</Typography.Title>
        <Flex wrap gap={8}>
          {years.length > 0 && <Select value={year} style={{ minWidth: 110 }} aria-label={t('assessment.year')} options={years.map((y) => ({ value: y, label: t('assessment.yearLabel', { year: y }) }))} onChange={(y: number) => setParams({ year: String(y) })} data-testid="assessment-year" />}
          {isOffice && assessment.data && <Button onClick={() => setEditingScheme(true)} data-testid="assessment-scheme">{t('assessment.scheme')}</Button>}
          {year !== undefined && planId && (
            <Button icon={<DownloadOutlined />} loading={writes.exportXlsx.isPending} onClick={() => writes.exportXlsx.mutate(year)} data-testid="assessment-export">{t('assessment.export')}</Button>
          )}
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={t(errorMessageKey(error))} />}
      {assessment.isPending && planId && <Card><Skeleton active /></Card>}
      {assessment.data && planId && (
        <Card>
          <Typography.Paragraph type="secondary">{t('assessment.schemeLine', { ...assessment.data.scheme.weights, penalty: assessment.data.scheme.overdueNoticePenalty, bonus: assessment.data.scheme.earlyCompletionBonus })}</Typography.Paragraph>
          <Tabs
            items={[
              { key: 'departments', label: t('timeliness.departments', { count: assessment.data.departments.length }), children: <RankingTable scores={assessment.data.departments} onAdjust={isOffice ? setAdjusting : undefined} /> },
              { key: 'townships', label: t('timeliness.townships', { count: assessment.data.townships.length }), children: <RankingTable scores={assessment.data.townships} onAdjust={isOffice ? setAdjusting : undefined} /> },
              ...(isOffice ? [{ key: 'ratings', label: t('assessment.ratings.title'), children: <RatingsTable planId={planId} /> }] : []),
            ]}
          />
        </Card>
      )}
      {editingScheme && assessment.data && planId && <SchemeDialog planId={planId} scheme={assessment.data.scheme} onClose={() => setEditingScheme(false)} />}
      {adjusting && planId && year !== undefined && <AdjustDialog planId={planId} year={year} unit={adjusting} onClose={() => setAdjusting(null)} />}
    </Flex>
  );
}
