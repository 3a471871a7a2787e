import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { formatTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { DraftState } from './use-report-draft';

/** 已自动保存 HH:mm, 正在保存…, or what went wrong, with a retry where it may help. */
export function AutosaveIndicator({ state, onRetry }: { state: DraftState; onRetry: () => void }) {
  const { t } = useI18n();
  const body = (() => {
    switch (state.kind) {
      case 'saved':
        return <Typography.Text type="secondary"><CheckCircleOutlined /> {t('report.autosave.saved', { time: formatTime(state.at) })}</Typography.Text>;
      case 'dirty':
        return <Typography.Text type="secondary">{t('report.autosave.dirty')}</Typography.Text>;
      case 'saving':
        return <Typography.Text type="secondary"><LoadingOutlined /> {t('report.autosave.saving')}</Typography.Text>;
      case 'retrying':
        return (
          <Typography.Text type="warning">
            <ExclamationCircleOutlined /> {t('report.autosave.retrying')}{' '}
            <Button size="small" type="link" onClick={onRetry}>{t('report.autosave.retry')}</Button>
          </Typography.Text>
        );
      case 'failed':
        return (
          <Typography.Text type="danger">
            <ExclamationCircleOutlined /> {t('report.autosave.failed', { reason: t(errorMessageKey(state.error)) })}{' '}
            <Button size="small" type="link" onClick={onRetry}>{t('report.autosave.retry')}</Button>
          </Typography.Text>
        );
      case 'conflict':
        return <Typography.Text type="danger"><ExclamationCircleOutlined /> {t('report.autosave.conflict')}</Typography.Text>;
      case 'locked':
        return <Typography.Text type="secondary"><LockOutlined /> {t('report.autosave.locked')}</Typography.Text>;
    }
  })();
  return (
    <span data-testid="report-autosave" data-state={state.kind} role="status" aria-live="polite">
      {body}
    </span>
  );
}
