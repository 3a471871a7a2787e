import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useSaveDocument } from './documents-api';
import { copyToLine, copyToList, documentConflictKey, emptyBlocks, withBlockText, withoutBlock } from './document-text';
import type { DocumentDetail, DocumentModel } from './documents-types';

const HEADING_LABELS = { 1: 'documents.block.heading1', 2: 'documents.block.heading2', 3: 'documents.block.heading3' } as const;

/**
 * The office rewords a generated draft before issuing: title, addressees, every heading and
 * paragraph (a paragraph can be removed), 成文日期 and 抄送. Tables come from the data and are
 * kept as generated. Saving names the version read; a stale save is refused, never merged.
 */
export function DocumentEditor({ document, onSaved }: { document: DocumentDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const save = useSaveDocument();
  const [model, setModel] = useState<DocumentModel>(document.model);
  const [copyTo, setCopyTo] = useState(copyToLine(document.model.colophon.copyTo));
  const empty = emptyBlocks(model);
  const set = (patch: Partial<DocumentModel>) => setModel((m) => ({ ...m, ...patch }));

  const onSave = () => {
    const next = { ...model, colophon: { ...model.colophon, copyTo: copyToList(copyTo), printedBy: model.issuer, printedOn: model.date } };
    save.mutate(
      { id: document.id, version: document.version, model: next },
      { onSuccess: () => (void message.success(t('documents.saved')), onSaved()), onError: (error) => void message.error(t(documentConflictKey(error) ?? errorMessageKey(error))) },
    );
  };

  return (
    <Form layout="vertical" data-testid="document-editor">
      <Form.Item label={t('documents.field.title')} required>
        <Input value={model.title} onChange={(e) => set({ title: e.target.value })} maxLength={200} data-testid="document-title-input" />
      </Form.Item>
      <Form.Item label={t('documents.field.recipients')}>
        <Input value={model.recipients} onChange={(e) => set({ recipients: e.target.value })} maxLength={300} />
      </Form.Item>
      <Typography.Text strong>{t('documents.field.body')}</Typography.Text>
      <Flex vertical gap={8} style={{ margin: '8px 0 16px' }}>
        {model.blocks.map((block, index) =>
          block.type === 'table' ? (
            <Card key={index} size="small" type="inner" title={block.caption}>
              <Typography.Text type="secondary">{t('documents.block.table', { rows: block.rows.length })}</Typography.Text>
            </Card>
          ) : (
            <Flex key={index} gap={4} align="start">
              <Input.TextArea
                value={block.text}
                autoSize={{ minRows: 1, maxRows: 12 }}
                status={empty.includes(index) ? 'error' : undefined}
                aria-label={t(block.type === 'heading' ? HEADING_LABELS[block.level] : 'documents.block.paragraph')}
                style={block.type === 'heading' ? { fontWeight: 600 } : undefined}
                onChange={(e) => setModel((m) => withBlockText(m, index, e.target.value))}
                data-testid={`document-block-${index}`}
              />
              <Button icon={<DeleteOutlined />} aria-label={t('documents.block.remove')} onClick={() => setModel((m) => withoutBlock(m, index))} />
            </Flex>
          ),
        )}
      </Flex>
      <Form.Item label={t('documents.field.issuer')} required>
        <Input value={model.issuer} onChange={(e) => set({ issuer: e.target.value })} maxLength={100} />
      </Form.Item>
      <Form.Item label={t('documents.field.date')} required>
        <Input type="date" value={model.date} onChange={(e) => set({ date: e.target.value })} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item label={t('documents.field.copyTo')} extra={t('documents.field.copyToHint')}>
        <Input value={copyTo} onChange={(e) => setCopyTo(e.target.value)} />
      </Form.Item>
      {empty.length > 0 && <Alert type="warning" showIcon title={t('documents.emptyBlocks')} style={{ marginBottom: 12 }} />}
      <Button type="primary" onClick={onSave} loading={save.isPending} disabled={empty.length > 0 || model.title.trim() === ''} data-testid="document-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
