import { Button, Card, Flex, Input, InputNumber, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useAssessmentWrites, useRatings, type RatedReport } from './assessment-api';

/**
 * 报告质量评分 on an accepted report (office): rated 0–100 with a note where the office reads it,
 * right after accepting it; the annual assessment's quality component reads the same rating.
 */
export function QualityRatingCard({ planId, reportId }: { planId: string; reportId: string }) {
  const { t } = useI18n();
  const ratings = useRatings(planId, true);
  const rated = ratings.data?.find((r) => r.reportId === reportId);
  return (
    <Card size="small" title={t('assessment.ratings.title')} data-testid="report-rating">
      {ratings.isPending ? <Skeleton active paragraph={{ rows: 1 }} /> : <RatingForm key={`${rated?.score}/${rated?.note}`} planId={planId} reportId={reportId} rated={rated} />}
    </Card>
  );
}

function RatingForm({ planId, reportId, rated }: { planId: string; reportId: string; rated: RatedReport | undefined }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const { rate } = useAssessmentWrites(planId);
  const [score, setScore] = useState<number | null>(rated?.score ?? null);
  const [note, setNote] = useState(rated?.note ?? '');
  const unchanged = score === (rated?.score ?? null) && note === (rated?.note ?? '');
  const save = () =>
    score !== null &&
    rate.mutate(
      { reportId, score, note: note.trim() },
      { onSuccess: () => void message.success(t('assessment.ratings.saved')), onError: (error) => void message.error(t(errorMessageKey(error))) },
    );
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('assessment.ratings.hint')}</Typography.Text>
      <Flex wrap gap={8} align="center">
        <InputNumber min={0} max={100} precision={0} value={score} onChange={(value) => setScore(value)} aria-label={t('assessment.ratings.score')} placeholder={t('assessment.ratings.score')} style={{ width: 140 }} data-testid="report-rating-score" />
        <Input value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} placeholder={t('assessment.ratings.note')} aria-label={t('assessment.ratings.note')} style={{ flex: '1 1 200px' }} data-testid="report-rating-note" />
        <Button type="primary" disabled={score === null || unchanged} loading={rate.isPending} onClick={save} data-testid="report-rating-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
