import { Alert, Button, Flex, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useCurrentAccount } from './current-account';
import { loginPathFor } from './next-path';
import { passwordChangeRedirect } from './password-change';
import { SignedInAccountContext } from './signed-in-account';

/**
 * Guards the signed-in part of the app: without a session, go to /login and come back here
 * afterwards; with one, provide the account to everything below. An account that must change
 * its password (first sign-in, or expired) is held on the password page until it has.
 */
export function RequireAuth() {
  const { t } = useI18n();
  const location = useLocation();
  const { data: account, error, refetch, isFetching } = useCurrentAccount();

  if (account === null) return <Navigate to={loginPathFor(location)} replace />;
  if (account !== undefined) {
    const redirect = passwordChangeRedirect(account, location.pathname);
    if (redirect !== undefined) return <Navigate to={redirect} replace />;
    return (
      <SignedInAccountContext value={account}>
        <Outlet />
      </SignedInAccountContext>
    );
  }
  if (error !== null) {
    // The server could not be asked (offline, restarting): offer a retry rather than the login page.
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Alert
          type="warning"
          showIcon
          title={t('auth.checkFailed')}
          description={t(errorMessageKey(error))}
          action={
            <Button type="primary" loading={isFetching} onClick={() => void refetch()}>
              {t('auth.retry')}
            </Button>
          }
        />
      </Flex>
    );
  }
  return <Spin fullscreen size="large" description={t('auth.checking')} />;
}
