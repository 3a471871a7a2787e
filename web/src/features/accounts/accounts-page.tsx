import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useFormDrawer } from '../../shared/layout/use-form-drawer';
import { useSignedInAccount } from '../auth/signed-in-account';
import { useUnits } from '../units/units-api';
import { saveErrorKey } from './account-form';
import { AccountFormDrawer } from './account-form-drawer';
import type { AccountAdmin } from './account-types';
import { AccountsTable, type AccountAction } from './accounts-table';
import { useAccounts, useResetPassword, useUnlockAccount, useUpdateAccount } from './accounts-api';
import { OneTimePasswordModal, type OneTimePassword } from './one-time-password-modal';

/**
 * 系统管理 → 账户管理: the county's accounts. Create (the initial password is shown once), edit,
 * disable or enable, reset the password (shown once), unlock a locked account.
 */
export function AccountsPage() {
  const { t } = useI18n();
  const message = useAppMessage();
  const [modal, modalHolder] = Modal.useModal();
  const self = useSignedInAccount();
  const [search, setSearch] = useState('');
  const accounts = useAccounts(search);
  const units = useUnits();
  const update = useUpdateAccount();
  const resetPassword = useResetPassword();
  const unlock = useUnlockAccount();
  const drawer = useFormDrawer<AccountAdmin>();
  const [oneTimePassword, setOneTimePassword] = useState<OneTimePassword>();

  // Every action here is an update of an existing account.
  const showError = (error: unknown) => void message.error(t(saveErrorKey(error, true)));
  const openDrawer = drawer.openWith;

  const confirmThen = (title: string, content: string, okText: string, danger: boolean, run: () => Promise<unknown>) =>
    void modal.confirm({ title, content, okText, cancelText: t('common.cancel'), okButtonProps: { danger }, onOk: () => run().catch(showError) });

  const onAction = (action: AccountAction, account: AccountAdmin) => {
    const names = { name: account.displayName, login: account.login };
    switch (action) {
      case 'edit':
        return openDrawer(account);
      case 'disable':
        return confirmThen(t('accounts.confirm.disableTitle', names), t('accounts.confirm.disable'), t('accounts.action.disable'), true, async () => {
          await update.mutateAsync({ id: account.id, body: { isActive: false } });
          void message.success(t('accounts.disabled', names));
        });
      case 'enable':
        return update.mutate(
          { id: account.id, body: { isActive: true } },
          { onSuccess: () => void message.success(t('accounts.enabled', names)), onError: showError },
        );
      case 'resetPassword':
        return confirmThen(t('accounts.confirm.resetTitle', names), t('accounts.confirm.reset'), t('accounts.action.resetPassword'), false, async () => {
          const { temporaryPassword } = await resetPassword.mutateAsync(account.id);
          setOneTimePassword({ kind: 'temporary', login: account.login, displayName: account.displayName, password: temporaryPassword });
        });
      case 'unlock':
        return unlock.mutate(account.id, { onSuccess: () => void message.success(t('accounts.unlocked', names)), onError: showError });
    }
  };

  return (
    <Flex vertical gap={16} data-testid="accounts-page">
      {modalHolder}
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('accounts.title')}
      </Typography.Title>
      <Card>
        <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('accounts.search')}
            aria-label={t('accounts.search')}
            onSearch={setSearch}
            enterButton
            loading={accounts.isFetching && search !== ''}
            style={{ maxWidth: 360 }}
            data-testid="account-search"
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openDrawer(undefined)} data-testid="account-create">
            {t('accounts.create')}
          </Button>
        </Flex>
        {accounts.isError && <Alert type="error" showIcon title={t(errorMessageKey(accounts.error))} style={{ marginBottom: 16 }} />}
        <AccountsTable
          accounts={accounts.data ?? []}
          loading={accounts.isPending}
          fetchedAt={new Date(accounts.dataUpdatedAt)}
          selfId={self.id}
          onAction={onAction}
        />
      </Card>
      <AccountFormDrawer
        key={drawer.key}
        open={drawer.open}
        account={drawer.item}
        units={units.data ?? []}
        unitsLoading={units.isPending}
        onClose={drawer.close}
        onCreated={(account, initialPassword) =>
          setOneTimePassword({ kind: 'initial', login: account.login, displayName: account.displayName, password: initialPassword })
        }
      />
      <OneTimePasswordModal value={oneTimePassword} onClose={() => setOneTimePassword(undefined)} />
    </Flex>
  );
}
