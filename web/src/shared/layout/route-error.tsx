import { Alert, Button, Flex } from 'antd';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';

/**
 * Shown instead of a page that threw while loading or rendering. The usual cause in
 * production is a release: the old page's code files are gone, and a reload fetches the new
 * ones. The error itself goes to the console for whoever debugs it, never on screen.
 */
export function RouteError() {
  const { t } = useI18n();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <Flex justify="center" style={{ padding: 48 }} data-testid="route-error">
      <Alert
        type="error"
        showIcon
        title={t('routeError.title')}
        description={t('routeError.description')}
        action={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
        }
      />
    </Flex>
  );
}
