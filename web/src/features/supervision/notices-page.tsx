import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { NoticesTable } from './notices-table';
import { useNotices } from './supervision-api';

/** 督办事项 (a unit's inbox): the notices addressed to the account's unit, newest first. */
export function NoticesPage() {
  const { t } = useI18n();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, null) : undefined;
  const notices = useNotices(planId);
  const error = plans.error ?? notices.error;
  return (
    <Flex vertical gap={16} data-testid="notices-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{t('supervision.inbox.title')}</Typography.Title>
      {error && <Alert type="error" showIcon title={t(errorMessageKey(error))} />}
      <Card>
        {notices.isPending ? <Skeleton active /> : (notices.data ?? []).length === 0 ? <Empty description={t('supervision.inbox.empty')} /> : <NoticesTable notices={notices.data ?? []} showUnit={false} />}
      </Card>
    </Flex>
  );
}
