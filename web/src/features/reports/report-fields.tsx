import { Flex, Input, InputNumber, Radio, Typography } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { Target } from '../plan/plan-types';
import { TargetText } from '../plan/target-text';
import { REPORT_TEXT_MAX, TEXT_FIELDS, withTargetProgress } from './autosave';
import { FIELD_LABELS } from './report-content-view';
import { TASK_STATUS_LABELS } from './report-status';
import { TASK_STATUSES, type ReportContent, type ReportKind } from './report-types';

const PLACEHOLDERS = {
  progress: 'report.placeholder.progress',
  problems: 'report.placeholder.problems',
  nextSteps: 'report.placeholder.nextSteps',
} as const;

interface Props {
  content: ReportContent;
  kind: ReportKind;
  targets: readonly Target[];
  readOnly: boolean;
  onChange: (patch: Partial<ReportContent>) => void;
}

/**
 * The report's inputs: 进展情况 / 存在问题 / 下步打算, the task's status (the lead unit's
 * consolidated report must set it), and a figure per quantified target. Read-only keeps the text
 * selectable, so nothing typed is ever out of reach.
 */
export function ReportFields({ content, kind, targets, readOnly, onChange }: Props) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={16}>
      {kind === 'consolidated' && (
        <div>
          <label htmlFor="report-taskStatus">
            <Typography.Text strong>{t('report.field.taskStatus')}</Typography.Text>
            <Typography.Text type="danger"> *</Typography.Text>
          </label>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>{t('report.field.taskStatus.hint')}</Typography.Paragraph>
          <Radio.Group
            id="report-taskStatus"
            optionType="button"
            buttonStyle="solid"
            disabled={readOnly}
            value={content.taskStatus}
            onChange={(event) => onChange({ taskStatus: event.target.value as ReportContent['taskStatus'] })}
            options={TASK_STATUSES.map((status) => ({ value: status, label: t(TASK_STATUS_LABELS[status]) }))}
          />
        </div>
      )}
      {TEXT_FIELDS.map((field) => (
        <div key={field}>
          <label htmlFor={`report-${field}`}>
            <Typography.Text strong>{t(FIELD_LABELS[field])}</Typography.Text>
          </label>
          <Input.TextArea
            id={`report-${field}`}
            value={content[field]}
            readOnly={readOnly}
            maxLength={REPORT_TEXT_MAX}
            showCount
            autoSize={{ minRows: field === 'progress' ? 6 : 3, maxRows: 20 }}
            placeholder={t(PLACEHOLDERS[field])}
            onChange={(event) => onChange({ [field]: event.target.value })}
            style={{ marginTop: 4 }}
          />
        </div>
      ))}
      {targets.length > 0 && (
        <div data-testid="report-targets">
          <Typography.Text strong>{t('report.targets.title')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('report.targets.hint')}</Typography.Paragraph>
          <Flex vertical gap={12}>
            {targets.map((target) => {
              const figure = content.targetProgress.find((candidate) => candidate.targetId === target.id) ?? { targetId: target.id, value: null, note: '' };
              const change = (patch: Partial<typeof figure>) => onChange({ targetProgress: withTargetProgress(content.targetProgress, { ...figure, ...patch }) });
              return (
                <Flex key={target.id} vertical gap={4} data-testid={`report-target-${target.id}`}>
                  <TargetText target={target} />
                  <Flex wrap gap={8}>
                    <InputNumber
                      aria-label={t('report.targets.value', { metric: target.metric })}
                      value={figure.value}
                      readOnly={readOnly}
                      onChange={(value) => change({ value: typeof value === 'number' ? value : null })}
                      suffix={target.unit ?? undefined}
                      placeholder={t('report.targets.valuePlaceholder')}
                      style={{ width: 160 }}
                    />
                    <Input
                      aria-label={t('report.targets.note', { metric: target.metric })}
                      value={figure.note}
                      readOnly={readOnly}
                      maxLength={2000}
                      onChange={(event) => change({ note: event.target.value })}
                      placeholder={t('report.targets.notePlaceholder')}
                      style={{ flex: '1 1 200px' }}
                    />
                  </Flex>
                </Flex>
              );
            })}
          </Flex>
        </div>
      )}
    </Flex>
  );
}
