import { InputNumber, Table } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useAssessmentWrites, useRatings } from './assessment-api';

/** 报告质量评分 (office): each accepted report rated 0–100; the quality component reads these. */
export function RatingsTable({ planId }: { planId: string }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const ratings = useRatings(planId, true);
  const { rate } = useAssessmentWrites(planId);
  return (
    <Table
      size="small"
      rowKey="reportId"
      loading={ratings.isPending}
      dataSource={ratings.data ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 600 }}
      columns={[
        { title: t('assessment.ratings.period'), dataIndex: 'periodKey', width: 90 },
        { title: t('assessment.ratings.task'), key: 'task', width: 110, render: (_, r) => `${r.taskNumber}${r.kind === 'consolidated' ? t('assessment.ratings.consolidated') : ''}` },
        { title: t('supervision.field.unit'), dataIndex: 'unitName' },
        {
          title: t('assessment.ratings.score'),
          key: 'score',
          width: 120,
          render: (_, r) => (
            <InputNumber
              min={0}
              max={100}
              precision={0}
              defaultValue={r.score ?? undefined}
              aria-label={t('assessment.ratings.score')}
              onBlur={(e) => {
                const score = Number(e.target.value);
                if (e.target.value === '' || score === r.score) return;
                rate.mutate({ reportId: r.reportId, score }, { onSuccess: () => void message.success(t('assessment.ratings.saved')), onError: (err) => void message.error(t(errorMessageKey(err))) });
              }}
            />
          ),
        },
      ]}
    />
  );
}
