import { CheckOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import type { ReportAction } from './report-status';
import type { Report } from './report-types';
import { useReportAction } from './reports-api';

const REASON_MAX = 2000;

interface Props {
  report: Report;
  actions: readonly ReportAction[];
  /** The version to send; the draft's own when it has saved since the page loaded. */
  version: () => number;
  /** Runs before submitting (check and save the draft); false stops the submit. */
  beforeSubmit?: () => Promise<boolean>;
  onDone: (report: Report) => void;
  /** Shown at the start of the bar (the autosave indicator). */
  children?: ReactNode;
}

/**
 * The workflow buttons this account may press now: 报送 (submit), 审核通过 / 退回修改 (the unit
 * head), 审核通过 / 退回 with a required reason (the office). Each refreshes the report after.
 */
export function ReportActions({ report, actions, version, beforeSubmit, onDone, children }: Props) {
  const { t } = useI18n();
  const message = useAppMessage();
  const act = useReportAction();
  const [asking, setAsking] = useState<'return' | 'send-back'>();
  const [reason, setReason] = useState('');

  const run = (action: ReportAction, withReason?: string) => {
    act.mutate(
      { id: report.id, action, version: version(), ...(withReason === undefined ? {} : { reason: withReason }) },
      {
        onSuccess: (next) => {
          setAsking(undefined);
          setReason('');
          onDone(next);
          void message.success(t(action === 'submit' && next.status === 'awaiting_approval' ? 'report.done.toHead' : `report.done.${action}`));
        },
        onError: (error) => void message.error(t(errorMessageKey(error))),
      },
    );
  };
  const onSubmit = async () => {
    if (beforeSubmit && !(await beforeSubmit())) return;
    run('submit');
  };
  const reasonRequired = asking === 'return';

  return (
    <Flex wrap gap={8} align="center" justify="space-between" data-testid="report-actions">
      <div>{children}</div>
      <Flex wrap gap={8}>
        {actions.includes('submit') && (
          <Button type="primary" icon={<SendOutlined />} loading={act.isPending && act.variables.action === 'submit'} onClick={() => void onSubmit()} data-testid="report-submit">
            {report.status === 'returned' ? t('report.action.resubmit') : t('report.action.submit')}
          </Button>
        )}
        {actions.includes('send-back') && (
          <Button icon={<RollbackOutlined />} onClick={() => setAsking('send-back')} data-testid="report-send-back">{t('report.action.send-back')}</Button>
        )}
        {actions.includes('approve') && (
          <Button type="primary" icon={<CheckOutlined />} loading={act.isPending && act.variables.action === 'approve'} onClick={() => run('approve')} data-testid="report-approve">
            {t('report.action.approve')}
          </Button>
        )}
        {actions.includes('return') && (
          <Button danger icon={<RollbackOutlined />} onClick={() => setAsking('return')} data-testid="report-return">{t('report.action.return')}</Button>
        )}
        {actions.includes('accept') && (
          <Button type="primary" icon={<CheckOutlined />} loading={act.isPending && act.variables.action === 'accept'} onClick={() => run('accept')} data-testid="report-accept">
            {t('report.action.accept')}
          </Button>
        )}
      </Flex>
      <Modal
        open={asking !== undefined}
        title={asking === 'send-back' ? t('report.reason.sendBackTitle') : t('report.reason.returnTitle')}
        onCancel={() => setAsking(undefined)}
        destroyOnHidden
        footer={
          <Flex gap={8} justify="end">
            <Button onClick={() => setAsking(undefined)}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              danger={asking === 'return'}
              disabled={reasonRequired && reason.trim() === ''}
              loading={act.isPending}
              onClick={() => asking && run(asking, reason.trim() === '' ? undefined : reason.trim())}
              data-testid="return-confirm"
            >
              {asking === 'send-back' ? t('report.action.send-back') : t('report.action.return')}
            </Button>
          </Flex>
        }
      >
        <label htmlFor="return-reason">
          <Typography.Text>{reasonRequired ? t('report.reason.required') : t('report.reason.optional')}</Typography.Text>
        </label>
        <Input.TextArea
          id="return-reason"
          value={reason}
          maxLength={REASON_MAX}
          showCount
          autoSize={{ minRows: 3, maxRows: 10 }}
          onChange={(event) => setReason(event.target.value)}
          placeholder={t('report.reason.placeholder')}
          style={{ marginTop: 8 }}
        />
      </Modal>
    </Flex>
  );
}
