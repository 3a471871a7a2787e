import { Flex, Typography } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { Target } from '../plan/plan-types';
import { TargetText } from '../plan/target-text';
import { paragraphsOf } from './text-diff';
import { TaskStatusTag } from './report-tags';
import type { ReportContent } from './report-types';
import { TEXT_FIELDS } from './autosave';

export const FIELD_LABELS = {
  progress: 'report.field.progress',
  problems: 'report.field.problems',
  nextSteps: 'report.field.nextSteps',
} as const;

/** A report text as paragraphs; a dash when empty. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Typography.Paragraph key={index} style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{paragraph}</Typography.Paragraph>
      ))}
    </>
  );
}

interface ContentProps {
  content: Partial<ReportContent>;
  targets: readonly Target[];
  /** False to show only the task's status and the figures (the texts are shown elsewhere). */
  withTexts?: boolean;
}

/** What a report says, read-only: the three parts, the task's status, the figures per target. */
export function ReportContentView({ content, targets, withTexts = true }: ContentProps) {
  const { t } = useI18n();
  const figures = new Map((content.targetProgress ?? []).map((figure) => [figure.targetId, figure]));
  return (
    <Flex vertical gap={4}>
      {content.taskStatus && (
        <div>
          <Typography.Text type="secondary">{t('report.field.taskStatus')}：</Typography.Text>
          <TaskStatusTag status={content.taskStatus} />
        </div>
      )}
      {withTexts && TEXT_FIELDS.map((field) => (
        <section key={field} data-field={field}>
          <Typography.Title level={5} style={{ marginTop: 8 }}>{t(FIELD_LABELS[field])}</Typography.Title>
          <Paragraphs text={content[field] ?? ''} />
        </section>
      ))}
      {targets.length > 0 && (
        <section data-field="targetProgress">
          <Typography.Title level={5} style={{ marginTop: 8 }}>{t('report.targets.title')}</Typography.Title>
          <Flex vertical gap={6}>
            {targets.map((target) => {
              const figure = figures.get(target.id);
              return (
                <div key={target.id}>
                  <TargetText target={target} />
                  <div>
                    <Typography.Text type="secondary">{t('report.targets.reached')}</Typography.Text>
                    <Typography.Text strong>{figure?.value ?? '—'}{figure?.value != null ? target.unit ?? '' : ''}</Typography.Text>
                    {figure?.note ? <Typography.Text type="secondary">（{figure.note}）</Typography.Text> : null}
                  </div>
                </div>
              );
            })}
          </Flex>
        </section>
      )}
    </Flex>
  );
}
