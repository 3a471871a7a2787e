import { Alert, Card, Descriptions, Flex, Typography, type DescriptionsProps } from 'antd';
import { useSignedInAccount } from '../auth/signed-in-account';
import { RoleTags } from '../auth/role-tags';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { areasFor } from '../../shared/layout/nav';
import { AreaList } from './area-list';

/** 工作台: who is signed in, and the areas their roles open. Everything comes from /api/auth/me. */
export function HomePage() {
  const { t } = useI18n();
  const account = useSignedInAccount();
  const areas = areasFor(account.roles).filter((area) => area.key !== 'home');

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
      <Card title={t('home.account')}>
        <Descriptions column={{ xs: 1, sm: 2, xl: 3 }} items={details} />
      </Card>
      <Card title={t('home.areas')} extra={<Typography.Text type="secondary">{t('home.areasHint', { count: areas.length })}</Typography.Text>}>
        {areas.length > 0 ? <AreaList areas={areas} /> : <Alert type="info" showIcon title={t('home.noRoles')} />}
      </Card>
    </Flex>
  );
}
