import { Alert, Button, Drawer, Flex, Form, Grid, Input, Select } from 'antd';
import { ROLES } from '../../shared/api/account';
import { isApiError } from '../../shared/api/api-error';
import { fieldErrorsOf, toFormFieldErrors, type FieldError } from '../../shared/api/error-details';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';
import { useAppMessage } from '../../shared/layout/app-message';
import { ROLE_LABEL_KEYS } from '../auth/role-labels';
import type { Unit } from '../units/unit-types';
import { accountFormValues, createAccountBody, LOGIN_PATTERN, needsUnit, saveErrorKey, updateAccountBody, type AccountFormValues } from './account-form';
import type { AccountAdmin } from './account-types';
import { useCreateAccount, useUpdateAccount } from './accounts-api';

type AccountField = keyof AccountFormValues;

const SERVER_FIELDS: Readonly<Record<string, AccountField>> = {
  login: 'login',
  displayName: 'displayName',
  phone: 'phone',
  email: 'email',
  unitId: 'unitId',
  roles: 'roles',
};

/** The form's own words for a field the server refused. */
function fieldMessageKey(field: AccountField, error: FieldError): MessageKey {
  switch (field) {
    case 'login':
      return 'accounts.form.login.invalid';
    case 'displayName':
      return 'accounts.form.displayName.required';
    case 'phone':
      return 'accounts.form.phone.invalid';
    case 'email':
      return 'accounts.form.email.invalid';
    case 'unitId':
      // The server says "required for unit roles", "unknown unit" or "group".
      return error.message.startsWith('required') ? 'accounts.form.unit.required' : 'accounts.form.unit.invalid';
    case 'roles':
      return 'accounts.form.roles.required';
  }
}

interface AccountFormDrawerProps {
  open: boolean;
  /** The account to edit; undefined to create one. */
  account: AccountAdmin | undefined;
  units: readonly Unit[];
  unitsLoading: boolean;
  onClose: () => void;
  /** A new account exists: its initial password is to be shown once. */
  onCreated: (account: AccountAdmin, initialPassword: string) => void;
}

/** Create or edit an account in a side drawer; mount a fresh one (new `key`) per opening. */
export function AccountFormDrawer({ open, account, units, unitsLoading, onClose, onCreated }: AccountFormDrawerProps) {
  const { t } = useI18n();
  const message = useAppMessage();
  const isPhone = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<AccountFormValues>();
  const roles = Form.useWatch('roles', form) ?? [];
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const save = account ? update : create;
  // Accounts belong to units, never to groups; an inactive unit is offered only if already chosen.
  const unitOptions = units
    .filter((unit) => unit.kind !== 'group')
    .map((unit) => ({
      value: unit.id,
      label: unit.isActive ? unit.name : t('units.inactiveName', { name: unit.name }),
      disabled: !unit.isActive && unit.id !== account?.unit?.id,
    }));

  const showErrors = (error: unknown) => {
    if (isApiError(error) && error.code === 'conflict' && account === undefined) {
      form.setFields([{ name: 'login', errors: [t('accounts.form.login.taken')] }]);
      return true;
    }
    const { fields, unmatched } = toFormFieldErrors(fieldErrorsOf(error), SERVER_FIELDS, (field, fieldError) => t(fieldMessageKey(field, fieldError)));
    form.setFields(fields);
    return fields.length > 0 && unmatched.length === 0;
  };

  const onFinish = (values: AccountFormValues) => {
    const onError = (error: unknown) => {
      if (showErrors(error)) save.reset();
    };
    if (account) {
      update.mutate(
        { id: account.id, body: updateAccountBody(values) },
        {
          onSuccess: () => {
            void message.success(t('accounts.saved', { name: values.displayName.trim() }));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(createAccountBody(values), {
      onSuccess: ({ account: created, initialPassword }) => {
        onClose();
        onCreated(created, initialPassword);
      },
      onError,
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 520}
      title={account ? t('accounts.edit.title', { name: account.displayName }) : t('accounts.create.title')}
      mask={{ closable: !save.isPending }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="account-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<AccountFormValues> form={form} layout="vertical" initialValues={accountFormValues(account)} onFinish={onFinish} disabled={save.isPending}>
        {/* The login cannot change. For a new account `disabled` is undefined, not false, so the form's own (while saving) applies. */}
        <Form.Item
          name="login"
          htmlFor="account-login"
          label={t('accounts.field.login')}
          extra={account ? undefined : t('accounts.form.login.hint')}
          rules={[
            { required: true, whitespace: true, message: t('accounts.form.login.required') },
            { pattern: LOGIN_PATTERN, message: t('accounts.form.login.invalid'), transform: (value: string | undefined) => value?.trim() },
          ]}
        >
          <Input id="account-login" disabled={account ? true : undefined} maxLength={64} autoComplete="off" autoCapitalize="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="displayName"
          htmlFor="account-displayName"
          label={t('accounts.field.displayName')}
          rules={[{ required: true, whitespace: true, message: t('accounts.form.displayName.required') }]}
        >
          <Input id="account-displayName" maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="roles"
          htmlFor="account-roles"
          label={t('accounts.field.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('accounts.form.roles.required') }]}
        >
          <Select id="account-roles" mode="multiple" options={ROLES.map((role) => ({ value: role, label: t(ROLE_LABEL_KEYS[role]) }))} />
        </Form.Item>
        <Form.Item
          name="unitId"
          htmlFor="account-unit"
          label={t('accounts.field.unit')}
          dependencies={['roles']}
          extra={needsUnit(roles) ? t('accounts.form.unit.hint') : undefined}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | null | undefined) =>
                value || !needsUnit((getFieldValue('roles') as AccountFormValues['roles'] | undefined) ?? [])
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('accounts.form.unit.required'))),
            }),
          ]}
        >
          <Select id="account-unit" allowClear loading={unitsLoading} showSearch={{ optionFilterProp: 'label' }} placeholder={t('accounts.form.unit.none')} options={unitOptions} />
        </Form.Item>
        <Form.Item name="phone" htmlFor="account-phone" label={t('accounts.field.phone')}>
          <Input id="account-phone" maxLength={32} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" htmlFor="account-email" label={t('accounts.field.email')} rules={[{ type: 'email', message: t('accounts.form.email.invalid') }]}>
          <Input id="account-email" maxLength={254} inputMode="email" autoComplete="off" />
        </Form.Item>
        {save.isError && <Alert type="error" showIcon title={t(saveErrorKey(save.error, account !== undefined))} />}
      </Form>
    </Drawer>
  );
}
