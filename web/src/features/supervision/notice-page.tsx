import { Alert, Button, Card, Descriptions, Flex, Input, Modal, Skeleton, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useSignedInAccount } from '../auth/signed-in-account';
import { NoticeTags } from './light-tags';
import { NoticeEvidence } from './notice-evidence';
import { useNotice, useNoticeAction } from './supervision-api';
import { ACTION_KEYS, noticeActionsFor, URGENCY_KEYS } from './supervision-rules';
import type { NoticeAction, NoticeDetail } from './supervision-types';

/** One notice (督办单): what it asks, by when; the unit signs and responds, the issuers close or return; its history. */
export function NoticePage() {
  const { t } = useI18n();
  const { noticeId } = useParams();
  const detail = useNotice(noticeId);
  return (
    <Flex vertical gap={16} data-testid="notice-page">
      {detail.isError && <Alert type="error" showIcon title={t(errorMessageKey(detail.error))} />}
      {detail.isPending && <Card><Skeleton active /></Card>}
      {detail.data && <NoticeView detail={detail.data} />}
    </Flex>
  );
}

function NoticeView({ detail }: { detail: NoticeDetail }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const account = useSignedInAccount();
  const act = useNoticeAction();
  const { notice } = detail;
  const actions = noticeActionsFor(notice, { roles: account.roles, unitId: account.unit?.id ?? null });
  const [response, setResponse] = useState(notice.status === 'returned' ? notice.response : '');
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');

  const run = (action: NoticeAction, text?: string) =>
    act.mutate(
      { id: notice.id, action, version: notice.version, ...(text === undefined ? {} : { text }) },
      {
        onSuccess: () => {
          void message.success(t(`supervision.done.${action}`));
          setReturning(false);
        },
        onError: (error) => void message.error(t(errorMessageKey(error))),
      },
    );

  return (
    <>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="notice-number">{notice.number}</Typography.Title>
        <NoticeTags status={notice.status} level={notice.level} />
      </Flex>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('supervision.field.unit')}>{notice.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.field.subject')}>{notice.subjectLabel}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.field.urgency')}>{t(URGENCY_KEYS[notice.urgency])}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.field.dueDate')}>
            {notice.dueDate}
            {notice.level && ` (${notice.daysLeft >= 0 ? t('supervision.daysLeft', { days: notice.daysLeft }) : t('supervision.daysOverdue', { days: -notice.daysLeft })})`}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.field.basis')} span={2}><span data-testid="notice-basis">{notice.basis}</span></Descriptions.Item>
          <Descriptions.Item label={t('supervision.field.requirement')} span={2}>{notice.requirement}</Descriptions.Item>
          {notice.response && notice.status !== 'returned' && (
            <Descriptions.Item label={t('supervision.field.response')} span={2}><span data-testid="notice-response-text">{notice.response}</span></Descriptions.Item>
          )}
        </Descriptions>
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          {actions.includes('sign') && <Button type="primary" loading={act.isPending} onClick={() => run('sign')} data-testid="notice-sign">{t('supervision.action.sign')}</Button>}
          {actions.includes('close') && <Button type="primary" loading={act.isPending} onClick={() => run('close')} data-testid="notice-close">{t('supervision.action.close')}</Button>}
          {actions.includes('return') && <Button danger onClick={() => setReturning(true)} data-testid="notice-return">{t('supervision.action.return')}</Button>}
        </Flex>
      </Card>
      {actions.includes('respond') && (
        <Card size="small" title={t('supervision.respondTitle')}>
          {notice.status === 'returned' && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('supervision.returnedHint', { reason: lastReturnReason(detail) })} />}
          <Input.TextArea id="notice-response" value={response} onChange={(e) => setResponse(e.target.value)} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} placeholder={t('supervision.responsePlaceholder')} />
          <Flex justify="flex-end" style={{ marginTop: 8 }}>
            <Button type="primary" disabled={response.trim() === ''} loading={act.isPending} onClick={() => run('respond', response)} data-testid="notice-respond">{t('supervision.action.respond')}</Button>
          </Flex>
        </Card>
      )}
      <NoticeEvidence noticeId={notice.id} attachments={detail.attachments} canUpload={actions.includes('respond')} />
      <Card size="small" title={t('supervision.historyTitle')}>
        <Timeline
          data-testid="notice-history"
          items={detail.history.map((h) => ({
            children: (
              <span data-action={h.action}>
                <Typography.Text strong>{t(ACTION_KEYS[h.action] ?? 'supervision.history.issue')}</Typography.Text> · {h.by} · {formatDateTime(h.at)}
                {h.note && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{h.note}</Typography.Paragraph>}
              </span>
            ),
          }))}
        />
      </Card>
      <Modal open={returning} title={t('supervision.action.return')} onCancel={() => setReturning(false)} okText={t('supervision.action.return')} okButtonProps={{ disabled: reason.trim() === '', loading: act.isPending, ...{ 'data-testid': 'notice-return-confirm' } }} onOk={() => run('return', reason)} destroyOnHidden>
        <Input.TextArea id="notice-return-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 3 }} placeholder={t('supervision.returnPlaceholder')} />
      </Modal>
    </>
  );
}

const lastReturnReason = (detail: NoticeDetail) => detail.history.filter((h) => h.action === 'return').at(-1)?.note ?? '';
