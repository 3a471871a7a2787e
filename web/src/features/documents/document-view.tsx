import { Alert, Button, Card, Flex, Modal, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { documentConflictKey } from './document-text';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useDocument, useDownloadDocx, useIssueDocument } from './documents-api';
import { DocumentEditor } from './document-editor';
import { KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from './document-labels';
import { DocumentPreview } from './document-preview';

/** One document: its preview (the same model as the .docx), the office's editor and issue button, the download. */
export function DocumentView({ id, canManage }: { id: string; canManage: boolean }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const [modal, modalHolder] = Modal.useModal();
  const document = useDocument(id);
  const issue = useIssueDocument();
  const download = useDownloadDocx();
  const [tab, setTab] = useState('preview');
  if (document.isError) return <Alert type="error" showIcon title={t(errorMessageKey(document.error))} />;
  if (!document.data) return <Card><Skeleton active /></Card>;
  const d = document.data;
  const editable = canManage && d.status === 'draft';
  const onError = (error: unknown) => void message.error(t(documentConflictKey(error) ?? errorMessageKey(error)));
  const onIssue = () =>
    void modal.confirm({
      title: t('documents.issueTitle'),
      content: t('documents.issueBody'),
      okText: t('documents.issue'),
      onOk: () => issue.mutateAsync({ id: d.id, version: d.version }).then((issued) => void message.success(t('documents.issued', { number: issued.number ?? '' })), onError),
    });

  return (
    <Card
      data-testid="document-view"
      title={
        <Flex wrap gap={8} align="center">
          <Tag>{t(KIND_LABELS[d.kind])}</Tag>
          <Tag color={STATUS_COLORS[d.status]} data-testid="document-status">{t(STATUS_LABELS[d.status])}</Tag>
          {d.number && <Typography.Text strong data-testid="document-number">{d.number}</Typography.Text>}
        </Flex>
      }
      extra={
        <Flex wrap gap={8}>
          <Button onClick={() => download.mutate({ id: d.id, fallbackName: `${d.title}.docx` }, { onError })} loading={download.isPending} data-testid="document-download">
            {t('documents.downloadDocx')}
          </Button>
          {editable && (
            <Button type="primary" onClick={onIssue} loading={issue.isPending} data-testid="document-issue">
              {t('documents.issue')}
            </Button>
          )}
        </Flex>
      }
    >
      {modalHolder}
      {d.status === 'issued' && <Alert type="success" showIcon title={t('documents.archived', { number: d.number ?? '' })} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'preview', label: t('documents.preview'), children: <DocumentPreview model={d.model} /> },
          ...(editable ? [{ key: 'edit', label: <span data-testid="document-edit-tab">{t('common.edit')}</span>, children: <DocumentEditor key={d.version} document={d} onSaved={() => setTab('preview')} /> }] : []),
        ]}
      />
    </Card>
  );
}
