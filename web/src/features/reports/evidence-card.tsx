import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Popconfirm, Typography, Upload } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { checkEvidence, EVIDENCE_ACCEPT, formatSize } from './evidence';
import type { Attachment } from './report-types';
import { attachmentUrl, useRemoveEvidence, useUploadEvidence } from './reports-api';

const PROBLEM_KEYS = { type: 'report.evidence.badType', size: 'report.evidence.tooLarge', empty: 'report.evidence.empty' } as const;

/** 佐证材料: the report's evidence files, each a download link; the unit adds and removes them while writing. */
export function EvidenceCard({ reportId, attachments, canUpload }: { reportId: string; attachments: readonly Attachment[]; canUpload: boolean }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const upload = useUploadEvidence(reportId);
  const remove = useRemoveEvidence(reportId);

  const onRemove = (attachment: Attachment) =>
    remove.mutateAsync(attachment.id).then(
      () => void message.success(t('report.evidence.removed', { name: attachment.fileName })),
      (error: unknown) => void message.error(t('report.evidence.removeFailed', { name: attachment.fileName, reason: t(errorMessageKey(error)) })),
    );

  const onFile = (file: File) => {
    const problem = checkEvidence(file.name, file.size);
    if (problem) {
      void message.error(t(PROBLEM_KEYS[problem], { name: file.name }));
      return;
    }
    upload.mutate(file, {
      onSuccess: (attachment) => void message.success(t('report.evidence.uploaded', { name: attachment.fileName })),
      onError: (error) => void message.error(t('report.evidence.failed', { name: file.name, reason: t(errorMessageKey(error)) })),
    });
  };

  return (
    <Card
      size="small"
      title={t('report.evidence.title')}
      extra={
        canUpload && (
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              onFile(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid="report-evidence-upload">
              {t('report.evidence.add')}
            </Button>
          </Upload>
        )
      }
      data-testid="report-evidence"
    >
      {canUpload && <Typography.Paragraph type="secondary">{t('report.evidence.hint')}</Typography.Paragraph>}
      {attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.evidence.none')} />
      ) : (
        <Flex vertical gap={6}>
          {attachments.map((attachment) => (
            <Flex key={attachment.id} wrap gap={8} align="baseline">
              <a href={attachmentUrl(attachment.id)} download={attachment.fileName} data-testid={`report-attachment-${attachment.id}`}>
                <PaperClipOutlined /> {attachment.fileName}
              </a>
              <Typography.Text type="secondary">
                {formatSize(attachment.size)} · {formatDateTime(attachment.uploadedAt)}
              </Typography.Text>
              {canUpload && (
                <Popconfirm title={t('report.evidence.removeConfirm', { name: attachment.fileName })} onConfirm={() => onRemove(attachment)} okButtonProps={{ danger: true }}>
                  <Button size="small" type="link" danger icon={<DeleteOutlined />} data-testid={`report-attachment-remove-${attachment.id}`}>
                    {t('report.evidence.remove')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
