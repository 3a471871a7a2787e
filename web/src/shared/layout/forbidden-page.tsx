import { Result } from 'antd';
import { useI18n } from '../i18n/i18n-provider';

/** An area the account's roles do not include. */
export function ForbiddenPage() {
  const { t } = useI18n();
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;
}
