import { Alert, Card, Descriptions, Flex, Typography, type DescriptionsProps } from 'antd';
import { lazy, Suspense } from 'react';
import { useSignedInAccount } from '../auth/signed-in-account';
import { RoleTags } from '../auth/role-tags';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { areasFor } from '../../shared/layout/nav';
import { AreaList } from './area-list';

// Unit accounts see their tasks first; the list (and the report code it needs) loads only for them.
const ObligationsList = lazy(() => import('../reports/obligations-list').then((m) => ({ default: m.ObligationsList })));

/**
 * 工作台: who is signed in, and the areas their roles open. A unit account (reporter, head) sees
 * what it owes this quarter (本季度任务) instead of the list of areas, which its menu already has.
 */
export function HomePage() {
  const { t } = useI18n();
  const account = useSignedInAccount();
  const areas = areasFor(account.roles).filter((area) => area.key !== 'home');
  const isUnitAccount = account.unit !== null && (account.roles.includes('unit_reporter') || account.roles.includes('unit_head'));

  const details: DescriptionsProps['items'] = [
    { key: 'displayName', label: t('home.displayName'), children: account.displayName },
    { key: 'login', label: t('home.login'), children: account.login },
    { key: 'unit', label: t('home.unit'), children: account.unit?.name ?? t('home.none') },
    { key: 'region', label: t('home.region'), children: account.region?.name ?? t('home.none') },
    { key: 'roles', label: t('home.roles'), children: account.roles.length > 0 ? <RoleTags roles={account.roles} /> : t('home.none') },
  ];

  return (
    <Flex vertical gap={16} data-testid="home-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('home.greeting', { name: account.displayName })}
      </Typography.Title>
      {isUnitAccount && (
        <Suspense fallback={null}>
          <ObligationsList />
        </Suspense>
      )}
      <Card title={t('home.account')}>
        <Descriptions column={{ xs: 1, sm: 2, xl: 3 }} items={details} />
      </Card>
      {!isUnitAccount && (
        <Card title={t('home.areas')} extra={<Typography.Text type="secondary">{t('home.areasHint', { count: areas.length })}</Typography.Text>}>
          {areas.length > 0 ? <AreaList areas={areas} /> : <Alert type="info" showIcon title={t('home.noRoles')} />}
        </Card>
      )}
    </Flex>
  );
}
