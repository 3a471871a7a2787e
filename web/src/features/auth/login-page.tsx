import { Alert, Button, Flex, Form, Input, Typography, theme } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { LanguageSwitch } from '../../shared/i18n/language-switch';
import { useCurrentAccount } from './current-account';
import { nextPathFrom } from './next-path';
import { useSignIn, type Credentials } from './use-sign-in';

/**
 * The login page. The form shows at once, without waiting for the session check: on a slow
 * county network the check should not hold up typing. If a session turns out to exist (or
 * signing in succeeds), the user moves on to where they were going.
 */
export function LoginPage() {
  const { t } = useI18n();
  const location = useLocation();
  const { data: account } = useCurrentAccount();
  const signIn = useSignIn();
  const { token } = theme.useToken();

  if (account) return <Navigate to={nextPathFrom(location.search)} replace />;

  return (
    <Flex data-testid="login-page" vertical align="center" style={{ minHeight: '100vh', padding: 16, background: token.colorBgLayout }}>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400 }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical justify="center" style={{ flex: 1, width: '100%', maxWidth: 400, paddingBottom: '10vh' }}>
        <Typography.Title level={1} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('app.tagline')}
        </Typography.Paragraph>
        {/* A plain panel rather than antd's Card, which would bring its tabs and skeleton into the first screen's code. */}
        <section
          aria-labelledby="login-title"
          style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, boxShadow: token.boxShadowTertiary, padding: 24 }}
        >
          <Typography.Title id="login-title" level={4} style={{ marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <Form<Credentials>
            layout="vertical"
            size="large"
            requiredMark={false}
            disabled={signIn.isPending}
            onFinish={(credentials) => signIn.mutate(credentials)}
            onValuesChange={() => signIn.reset()}
          >
            <Form.Item name="login" label={t('login.login.label')} rules={[{ required: true, whitespace: true, message: t('login.login.required') }]}>
              <Input name="login" prefix={<UserOutlined />} placeholder={t('login.login.placeholder')} autoComplete="username" autoCapitalize="off" autoCorrect="off" spellCheck={false} autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password.label')} rules={[{ required: true, message: t('login.password.required') }]}>
              <Input.Password name="password" prefix={<LockOutlined />} placeholder={t('login.password.placeholder')} autoComplete="current-password" />
            </Form.Item>
            {signIn.isError && (
              <Alert type="error" showIcon title={t(errorMessageKey(signIn.error))} style={{ marginBottom: 24 }} />
            )}
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </section>
      </Flex>
    </Flex>
  );
}
