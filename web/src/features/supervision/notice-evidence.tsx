import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography, Upload } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { checkEvidence, EVIDENCE_ACCEPT, formatSize } from '../reports/evidence';
import { noticeAttachmentUrl, useUploadNoticeEvidence } from './supervision-api';
import type { NoticeAttachment } from './supervision-types';

const PROBLEM_KEYS = { type: 'report.evidence.badType', size: 'report.evidence.tooLarge', empty: 'report.evidence.empty' } as const;

/** 佐证材料 of a notice's response: the unit adds files before responding; everyone who reads it downloads them. */
export function NoticeEvidence({ noticeId, attachments, canUpload }: { noticeId: string; attachments: readonly NoticeAttachment[]; canUpload: boolean }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const upload = useUploadNoticeEvidence(noticeId);
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
      data-testid="notice-evidence"
      extra={
        canUpload && (
          <Upload accept={EVIDENCE_ACCEPT} showUploadList={false} multiple beforeUpload={(file) => { onFile(file); return false; }}>
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid="notice-evidence-upload">{t('report.evidence.add')}</Button>
          </Upload>
        )
      }
    >
      {attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.evidence.none')} />
      ) : (
        <Flex vertical gap={6}>
          {attachments.map((a) => (
            <Flex key={a.id} wrap gap={8} align="baseline">
              <a href={noticeAttachmentUrl(a.id)} download={a.fileName} data-testid={`notice-attachment-${a.id}`}><PaperClipOutlined /> {a.fileName}</a>
              <Typography.Text type="secondary">{formatSize(a.size)} · {formatDateTime(a.uploadedAt)}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
