import { EditOutlined, KeyOutlined, StopOutlined, CheckCircleOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../shared/format/date-time';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';
import { RoleTags } from '../auth/role-tags';
import { accountStatusOf, type AccountStatus } from './account-status';
import type { AccountAdmin } from './account-types';

const STATUS_TAGS: Readonly<Record<AccountStatus, { color: string; label: MessageKey }>> = {
  active: { color: 'success', label: 'accounts.status.active' },
  disabled: { color: 'default', label: 'accounts.status.disabled' },
  locked: { color: 'error', label: 'accounts.status.locked' },
};

export type AccountAction = 'edit' | 'disable' | 'enable' | 'resetPassword' | 'unlock';

interface AccountsTableProps {
  accounts: readonly AccountAdmin[];
  loading: boolean;
  /** When the list was fetched: a lock is judged against that moment. */
  fetchedAt: Date;
  /** The signed-in administrator, who may not disable their own account. */
  selfId: string;
  onAction: (action: AccountAction, account: AccountAdmin) => void;
}

/** Accounts: login, name, unit, roles, status (active, disabled, locked until …), last sign-in, actions. */
export function AccountsTable({ accounts, loading, fetchedAt, selfId, onAction }: AccountsTableProps) {
  const { t } = useI18n();
  const isPhone = Grid.useBreakpoint().md === false;
  const columns: TableColumnsType<AccountAdmin> = [
    { title: t('accounts.field.login'), dataIndex: 'login', width: 120, render: (login: string) => <Typography.Text code>{login}</Typography.Text> },
    { title: t('accounts.field.displayName'), dataIndex: 'displayName', width: 130 },
    { title: t('accounts.field.unit'), key: 'unit', width: 180, render: (_, account) => account.unit?.name ?? <Typography.Text type="secondary">—</Typography.Text> },
    { title: t('accounts.field.roles'), dataIndex: 'roles', render: (_, account) => <RoleTags roles={account.roles} /> },
    {
      title: t('accounts.field.status'),
      key: 'status',
      width: 150,
      render: (_, account) => {
        const status = accountStatusOf(account, fetchedAt);
        const tag = STATUS_TAGS[status];
        return (
          <Flex vertical gap={2} align="flex-start">
            <Tag color={tag.color} data-testid={`account-status-${account.login}`} data-status={status}>
              {t(tag.label)}
            </Tag>
            {status === 'locked' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('accounts.status.lockedUntil', { time: formatDateTime(account.lockedUntil) })}
              </Typography.Text>
            )}
            {account.mustChangePassword && <Tag color="warning">{t('accounts.status.mustChangePassword')}</Tag>}
          </Flex>
        );
      },
    },
    {
      title: t('accounts.field.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => (at ? formatDateTime(at) : <Typography.Text type="secondary">{t('accounts.neverSignedIn')}</Typography.Text>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 230,
      // Pinned on wide screens only: on a phone it would cover most of the table.
      fixed: isPhone ? undefined : 'right',
      render: (_, account) => <RowActions account={account} isSelf={account.id === selfId} locked={accountStatusOf(account, fetchedAt) === 'locked'} onAction={onAction} />,
    },
  ];

  return (
    <Table<AccountAdmin>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={accounts as AccountAdmin[]}
      loading={loading}
      scroll={{ x: 1200 }}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (total) => t('common.total', { count: total }) }}
    />
  );
}

function RowActions({ account, isSelf, locked, onAction }: { account: AccountAdmin; isSelf: boolean; locked: boolean; onAction: AccountsTableProps['onAction'] }) {
  const { t } = useI18n();
  const action = (key: AccountAction) => () => onAction(key, account);
  const testId = (key: AccountAction) => `account-${key}-${account.login}`;
  return (
    <Flex wrap>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={action('edit')} data-testid={testId('edit')}>
        {t('common.edit')}
      </Button>
      <Button type="link" size="small" icon={<KeyOutlined />} onClick={action('resetPassword')} data-testid={testId('resetPassword')}>
        {t('accounts.action.resetPassword')}
      </Button>
      {locked && (
        <Button type="link" size="small" icon={<UnlockOutlined />} onClick={action('unlock')} data-testid={testId('unlock')}>
          {t('accounts.action.unlock')}
        </Button>
      )}
      {account.isActive && !isSelf && (
        <Button type="link" size="small" danger icon={<StopOutlined />} onClick={action('disable')} data-testid={testId('disable')}>
          {t('accounts.action.disable')}
        </Button>
      )}
      {!account.isActive && (
        <Button type="link" size="small" icon={<CheckCircleOutlined />} onClick={action('enable')} data-testid={testId('enable')}>
          {t('accounts.action.enable')}
        </Button>
      )}
    </Flex>
  );
}
