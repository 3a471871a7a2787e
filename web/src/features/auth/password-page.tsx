import { Alert, Button, Flex, Form, Input, Typography, theme } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';
import { useAppMessage } from '../../shared/layout/app-message';
import type { PasswordChangeReason } from '../../shared/api/account';
import { PasswordRuleHints } from './password-rule-hints';
import { fieldOfProblem, PASSWORD_MAX_LENGTH, PASSWORD_PROBLEM_MESSAGES } from './password-rules';
import { useSignedInAccount } from './signed-in-account';
import { passwordProblemsOf, useChangePassword } from './use-change-password';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const REASON_MESSAGES: Readonly<Record<PasswordChangeReason, MessageKey>> = {
  initial: 'password.reason.initial',
  expired: 'password.reason.expired',
};

/**
 * 修改密码. Everyone reaches it from the account menu; an account whose password must change
 * (first sign-in, or older than the policy allows) is held here by the guard, with the reason
 * shown, until it is done. The policy hints follow the typing, but the server decides: each
 * problem it names is shown on the field it concerns.
 */
export function PasswordPage() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const account = useSignedInAccount();
  const [form] = Form.useForm<PasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const changePassword = useChangePassword();
  const message = useAppMessage();
  const navigate = useNavigate();
  const reason = account.passwordChangeReason;

  const onFinish = ({ currentPassword, newPassword: password }: PasswordForm) => {
    changePassword.mutate(
      { currentPassword, newPassword: password },
      {
        onSuccess: () => {
          void message.success(t('password.changed'));
          void navigate('/', { replace: true });
        },
        onError: (error) => {
          const problems = passwordProblemsOf(error);
          if (problems.length === 0) return;
          changePassword.reset(); // the problems are shown on the fields instead
          form.setFields(
            (['currentPassword', 'newPassword'] as const).map((name) => ({
              name,
              errors: problems.filter((problem) => fieldOfProblem(problem) === name).map((problem) => t(PASSWORD_PROBLEM_MESSAGES[problem])),
            })),
          );
        },
      },
    );
  };

  return (
    <Flex justify="center" data-testid="password-page">
      <section
        aria-labelledby="password-title"
        style={{ width: '100%', maxWidth: 480, background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 24 }}
      >
        <Typography.Title id="password-title" level={3} style={{ marginTop: 0 }}>
          {t('password.title')}
        </Typography.Title>
        {reason !== null && (
          <Alert type="warning" showIcon title={t(REASON_MESSAGES[reason])} description={t('password.reason.hint')} style={{ marginBottom: 24 }} data-testid="password-reason" />
        )}
        <Form<PasswordForm> form={form} layout="vertical" requiredMark={false} disabled={changePassword.isPending} onFinish={onFinish}>
          {/* For password managers: the account this password belongs to. */}
          <input type="text" name="username" autoComplete="username" value={account.login} readOnly hidden />
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.current.required') }]}>
            <Input.Password autoComplete="current-password" maxLength={256} autoFocus />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            rules={[{ required: true, message: t('password.new.required') }]}
            extra={<PasswordRuleHints password={newPassword} login={account.login} />}
          >
            <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirm.required') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.confirm.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
          </Form.Item>
          {changePassword.isError && <Alert type="error" showIcon title={t(errorMessageKey(changePassword.error))} style={{ marginBottom: 24 }} />}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={changePassword.isPending} data-testid="password-submit">
              {t('password.submit')}
            </Button>
            {reason === null && <Button onClick={() => void navigate('/')}>{t('common.cancel')}</Button>}
          </Flex>
        </Form>
      </section>
    </Flex>
  );
}
