import { CheckCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';
import { checkPasswordRules, PASSWORD_HISTORY_DEPTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_CLASSES, PASSWORD_MIN_LENGTH, type PasswordRule } from './password-rules';

const RULE_LABELS = {
  length: 'password.rule.length',
  classes: 'password.rule.classes',
  notLogin: 'password.rule.notLogin',
} as const satisfies Record<PasswordRule, MessageKey>;

/**
 * The password policy under the "new password" field, each rule ticked as soon as the typed
 * password meets it. The history rule can only be checked by the server, so it is listed as a note.
 */
export function PasswordRuleHints({ password, login }: { password: string; login: string }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const params = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, classes: PASSWORD_MIN_CLASSES };
  return (
    <Flex vertical gap={2} style={{ marginTop: 4 }} data-testid="password-rules" aria-live="polite">
      {checkPasswordRules(password, login).map(({ rule, met }) => (
        <Typography.Text key={rule} type={met ? 'success' : 'secondary'} data-rule={rule} data-met={met}>
          {met ? <CheckCircleFilled /> : <CloseCircleOutlined style={{ color: token.colorTextQuaternary }} />}{' '}
          {t(RULE_LABELS[rule], params)}
          <span className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {met ? t('password.rule.met') : t('password.rule.unmet')}
          </span>
        </Typography.Text>
      ))}
      <Typography.Text type="secondary">
        <InfoCircleOutlined /> {t('password.rule.history', { count: PASSWORD_HISTORY_DEPTH })}
      </Typography.Text>
    </Flex>
  );
}
