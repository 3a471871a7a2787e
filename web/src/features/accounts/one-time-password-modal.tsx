import { Alert, Button, Flex, Modal, Typography, theme } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';

/** A password the server generated and will never show again. */
export interface OneTimePassword {
  kind: 'initial' | 'temporary';
  login: string;
  displayName: string;
  password: string;
}

/**
 * Shows an initial or temporary password once, with a copy button, and tells the administrator
 * to pass it on: the account must change it at its next sign-in. Closing forgets it.
 * The copy falls back to `execCommand`, so it also works on a county intranet served over http.
 */
export function OneTimePasswordModal({ value, onClose }: { value: OneTimePassword | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return (
    <Modal
      open={value !== undefined}
      title={value?.kind === 'temporary' ? t('accounts.password.temporaryTitle') : t('accounts.password.initialTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="one-time-password-close">
          {t('accounts.password.done')}
        </Button>
      }
      destroyOnHidden
    >
      {value && (
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('accounts.password.passOn', { name: value.displayName, login: value.login })}
          </Typography.Paragraph>
          <Flex justify="center" style={{ padding: 16, background: token.colorFillTertiary, borderRadius: token.borderRadius }}>
            <Typography.Text copyable={{ text: value.password, tooltips: [t('accounts.password.copy'), t('accounts.password.copied')] }} style={{ fontSize: 20 }}>
              <code data-testid="initial-password" style={{ fontFamily: token.fontFamilyCode, letterSpacing: 1 }}>
                {value.password}
              </code>
            </Typography.Text>
          </Flex>
          <Alert type="warning" showIcon title={t('accounts.password.onceOnly')} />
        </Flex>
      )}
    </Modal>
  );
}
