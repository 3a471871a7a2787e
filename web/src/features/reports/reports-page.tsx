import { Flex, Typography } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { ObligationsList } from './obligations-list';

/** 进度填报: the unit's reports owed in the open periods (the same list as its workspace). */
export function ReportsPage() {
  const { t } = useI18n();
  return (
    <Flex vertical gap={16} data-testid="reports-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{t('nav.reports')}</Typography.Title>
      <ObligationsList />
    </Flex>
  );
}
