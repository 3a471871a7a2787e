import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Typography, message as antdMessage, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { PASSWORD_PATH } from '../../features/auth/password-change';
import { useSignedInAccount } from '../../features/auth/signed-in-account';
import { useSignOut } from '../../features/auth/use-sign-out';
import { errorMessageKey } from '../api/error-message';
import { useI18n } from '../i18n/i18n-provider';

/**
 * The account's name and unit, opening a menu with "change password" and "sign out". On a phone
 * only the avatar shows, so the name and unit move to the top of the menu.
 */
export function AccountMenu({ compact }: { compact: boolean }) {
  const { t } = useI18n();
  const [message, messageHolder] = antdMessage.useMessage();
  const account = useSignedInAccount();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const who = account.unit ? `${account.displayName} · ${account.unit.name}` : account.displayName;

  const items: MenuProps['items'] = [
    ...(compact ? [{ key: 'who', label: who, disabled: true, style: { cursor: 'default' } }, { type: 'divider' as const }] : []),
    { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword'), 'data-testid': 'change-password' },
    { key: 'sign-out', icon: <LogoutOutlined />, label: t('layout.signOut'), 'data-testid': 'sign-out' },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate(PASSWORD_PATH);
    if (key !== 'sign-out') return;
    signOut.mutate(undefined, { onError: (error) => void message.error(t(errorMessageKey(error))) });
  };

  return (
    <>
      {messageHolder}
      <Dropdown trigger={['click']} placement="bottomRight" menu={{ items, onClick }}>
        <Button
          type="text"
          data-testid="account-menu"
          // With only the avatar showing, the button needs a name of its own.
          aria-label={compact ? t('layout.accountMenu') : undefined}
          loading={signOut.isPending}
          style={{ height: 'auto', paddingBlock: 4 }}
        >
          <Avatar size="small" icon={<UserOutlined />} />
          {!compact && (
            <Typography.Text ellipsis style={{ maxWidth: 280 }}>
              {account.displayName}
              {account.unit && <Typography.Text type="secondary">{` · ${account.unit.name}`}</Typography.Text>}
            </Typography.Text>
          )}
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
    </>
  );
}
