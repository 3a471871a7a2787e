import { Alert, Button, Drawer, Flex, Form, Grid, Input, Select, Switch } from 'antd';
import { isApiError } from '../../shared/api/api-error';
import { fieldErrorsOf, toFormFieldErrors } from '../../shared/api/error-details';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';
import { useAppMessage } from '../../shared/layout/app-message';
import { clashFieldOf, unitFormValues, unitInputOf, type UnitFormValues } from './unit-form';
import { UNIT_KIND_LABELS } from './unit-kind';
import { memberCandidates, parentCandidates } from './unit-list';
import { UNIT_KINDS, type Unit } from './unit-types';
import { clashingNamesOf, useSaveUnit } from './units-api';

type UnitField = keyof UnitFormValues;

/** Server field → form field; the messages are the form's own, in the UI language. */
const SERVER_FIELDS: Readonly<Record<string, UnitField>> = { name: 'name', kind: 'kind', aliases: 'aliases', parentId: 'parentId', memberIds: 'memberIds', isActive: 'isActive' };
const FIELD_MESSAGES: Readonly<Record<UnitField, MessageKey>> = {
  name: 'units.form.name.invalid',
  kind: 'units.form.kind.invalid',
  aliases: 'units.form.aliases.invalid',
  parentId: 'units.form.parent.invalid',
  memberIds: 'units.form.members.invalid',
  isActive: 'error.validation_failed',
};
const ALIAS_SEPARATORS = [',', '，', '、', ';', '；'];

interface UnitFormDrawerProps {
  open: boolean;
  /** The unit to edit; undefined to add one. */
  unit: Unit | undefined;
  units: readonly Unit[];
  onClose: () => void;
}

/**
 * Add or edit a unit in a side drawer. Mount a fresh one (a new `key`) for each opening, so the
 * form starts from the unit's current values. Members show only for a group.
 */
export function UnitFormDrawer({ open, unit, units, onClose }: UnitFormDrawerProps) {
  const { t } = useI18n();
  const message = useAppMessage();
  const isPhone = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<UnitFormValues>();
  const kind = Form.useWatch('kind', form);
  const save = useSaveUnit();
  const unitOption = (candidate: Unit) => ({
    value: candidate.id,
    label: candidate.isActive ? candidate.name : t('units.inactiveName', { name: candidate.name }),
  });

  const onFinish = (values: UnitFormValues) => {
    const input = unitInputOf(values);
    save.mutate(
      { id: unit?.id, input },
      {
        onSuccess: () => {
          void message.success(t(unit ? 'units.saved' : 'units.created', { name: input.name }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'conflict') {
            const names = clashingNamesOf(error);
            form.setFields([{ name: clashFieldOf(names, input), errors: [t('units.form.nameTaken', { names: names.join('、') })] }]);
            save.reset();
            return;
          }
          const { fields, unmatched } = toFormFieldErrors(fieldErrorsOf(error), SERVER_FIELDS, (field) => t(FIELD_MESSAGES[field]));
          form.setFields(fields);
          if (fields.length > 0 && unmatched.length === 0) save.reset();
        },
      },
    );
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 520}
      title={unit ? t('units.edit.title', { name: unit.name }) : t('units.create.title')}
      mask={{ closable: !save.isPending }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="unit-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<UnitFormValues> form={form} layout="vertical" initialValues={unitFormValues(unit)} onFinish={onFinish} disabled={save.isPending}>
        <Form.Item name="name" htmlFor="unit-name" label={t('units.field.name')} rules={[{ required: true, whitespace: true, message: t('units.form.name.required') }]}>
          <Input id="unit-name" maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" htmlFor="unit-kind" label={t('units.field.kind')} rules={[{ required: true }]}>
          <Select id="unit-kind" options={UNIT_KINDS.map((value) => ({ value, label: t(UNIT_KIND_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item name="aliases" htmlFor="unit-aliases" label={t('units.field.aliases')} extra={t('units.form.aliases.hint')}>
          <Select id="unit-aliases" mode="tags" tokenSeparators={ALIAS_SEPARATORS} suffixIcon={null} notFoundContent={null} maxCount={20} />
        </Form.Item>
        <Form.Item name="parentId" htmlFor="unit-parent" label={t('units.field.parent')}>
          <Select
            id="unit-parent"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('units.form.parent.none')}
            options={parentCandidates(units, unit?.id).map(unitOption)}
          />
        </Form.Item>
        {kind === 'group' && (
          <Form.Item name="memberIds" htmlFor="unit-members" label={t('units.field.members')} extra={t('units.form.members.hint')}>
            <Select id="unit-members" mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={memberCandidates(units, unit?.id).map(unitOption)} />
          </Form.Item>
        )}
        {unit !== undefined && (
          <Form.Item name="isActive" label={t('units.field.status')} valuePropName="checked" extra={t('units.form.status.hint')}>
            <Switch checkedChildren={t('units.status.active')} unCheckedChildren={t('units.status.inactive')} />
          </Form.Item>
        )}
        {save.isError && <Alert type="error" showIcon title={t(errorMessageKey(save.error))} />}
      </Form>
    </Drawer>
  );
}
