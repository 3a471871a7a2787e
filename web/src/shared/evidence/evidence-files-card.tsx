import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Popconfirm, Typography, Upload } from 'antd';
import { checkEvidence, EVIDENCE_ACCEPT, formatSize } from './evidence';
import { errorMessageKey } from '../api/error-message';
import { formatDateTime } from '../format/date-time';
import { useI18n } from '../i18n/i18n-provider';
import { useAppMessage } from '../layout/app-message';

/** One evidence file as the API lists it. */
export interface EvidenceFile {
  id: string;
  fileName: string;
  size: number;
  uploadedAt: string;
}

const PROBLEM_KEYS = { type: 'report.evidence.badType', size: 'report.evidence.tooLarge', empty: 'report.evidence.empty' } as const;

interface EvidenceFilesCardProps<F extends EvidenceFile> {
  files: readonly F[];
  /** Where a file downloads from. */
  urlOf(id: string): string;
  /** Adds a file; absent when the reader may not add (the card lists and downloads only). */
  upload?: UseMutationResult<F, unknown, File>;
  /** Removes a file; absent when files stay once added. */
  remove?: UseMutationResult<unknown, unknown, string>;
  /** Shown under the title to whoever may add files. */
  hint?: string;
  /** data-testid prefix: `${testId}` on the card, `${testId}-upload`, and per file `${item}-${id}`, `${item}-remove-${id}`. */
  testId: string;
  item: string;
}

/**
 * 佐证材料: evidence files as download links, with their size and time, and (for whoever may) an
 * upload button checking type and size before sending, and a remove button with confirmation. One
 * card for a report's evidence and a notice response's.
 */
export function EvidenceFilesCard<F extends EvidenceFile>({ files, urlOf, upload, remove, hint, testId, item }: EvidenceFilesCardProps<F>) {
  const { t } = useI18n();
  const message = useAppMessage();

  const onFile = (file: File) => {
    const problem = checkEvidence(file.name, file.size);
    if (problem) {
      void message.error(t(PROBLEM_KEYS[problem], { name: file.name }));
      return;
    }
    upload?.mutate(file, {
      onSuccess: (added) => void message.success(t('report.evidence.uploaded', { name: added.fileName })),
      onError: (error) => void message.error(t('report.evidence.failed', { name: file.name, reason: t(errorMessageKey(error)) })),
    });
  };

  const onRemove = (file: F) =>
    remove?.mutateAsync(file.id).then(
      () => void message.success(t('report.evidence.removed', { name: file.fileName })),
      (error: unknown) => void message.error(t('report.evidence.removeFailed', { name: file.fileName, reason: t(errorMessageKey(error)) })),
    );

  return (
    <Card
      size="small"
      title={t('report.evidence.title')}
      extra={
        upload && (
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              onFile(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid={`${testId}-upload`}>
              {t('report.evidence.add')}
            </Button>
          </Upload>
        )
      }
      data-testid={testId}
    >
      {upload && hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      {files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.evidence.none')} />
      ) : (
        <Flex vertical gap={6}>
          {files.map((file) => (
            <Flex key={file.id} wrap gap={8} align="baseline">
              <a href={urlOf(file.id)} download={file.fileName} data-testid={`${item}-${file.id}`}>
                <PaperClipOutlined /> {file.fileName}
              </a>
              <Typography.Text type="secondary">
                {formatSize(file.size)} · {formatDateTime(file.uploadedAt)}
              </Typography.Text>
              {remove && (
                <Popconfirm title={t('report.evidence.removeConfirm', { name: file.fileName })} onConfirm={() => onRemove(file)} okButtonProps={{ danger: true }}>
                  <Button size="small" type="link" danger icon={<DeleteOutlined />} data-testid={`${item}-remove-${file.id}`}>
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
