import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n/i18n-provider';

/** Shown while a lazily loaded page's code arrives. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin size="large" aria-label={t('layout.loading')} />
    </Flex>
  );
}
