import { Button, DatePicker, Drawer, Flex, Form, Grid, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { fieldErrorsOf, toFormFieldErrors } from '../../shared/api/error-details';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';
import { useAppMessage } from '../../shared/layout/app-message';
import type { Unit } from '../units/unit-types';
import { useIssueNotice } from './supervision-api';
import { URGENCY_KEYS } from './supervision-rules';
import type { IssueNoticeInput, Urgency } from './supervision-types';

interface FormValues {
  unitId: string;
  basis: string;
  requirement: string;
  urgency: Urgency;
  dueDate: Dayjs;
}
type Field = keyof FormValues;

const SERVER_FIELDS: Readonly<Record<string, Field>> = { unitId: 'unitId', basis: 'basis', requirement: 'requirement', urgency: 'urgency', dueDate: 'dueDate' };
const FIELD_MESSAGES: Readonly<Record<Field, MessageKey>> = {
  unitId: 'supervision.form.unit.invalid',
  basis: 'supervision.form.basis.required',
  requirement: 'supervision.form.requirement.required',
  urgency: 'error.validation_failed',
  dueDate: 'supervision.form.dueDate.invalid',
};

/**
 * 下发督办单: the form starts from the item it was opened on (its reasons as the basis, its lead
 * unit, a week to respond), so one click and a check issue the notice. Mount afresh per opening.
 */
export function IssueNoticeDrawer({ planId, title, prefill, units, onClose }: { planId: string; title: string; prefill: Partial<IssueNoticeInput>; units: readonly Unit[]; onClose: () => void }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const isPhone = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<FormValues>();
  const issue = useIssueNotice(planId);

  const onFinish = (values: FormValues) => {
    const input: IssueNoticeInput = {
      subjectKind: prefill.subjectKind ?? 'unit',
      subjectId: prefill.subjectId ?? null,
      unitId: values.unitId,
      basis: values.basis,
      requirement: values.requirement,
      urgency: values.urgency,
      dueDate: values.dueDate.format('YYYY-MM-DD'),
    };
    issue.mutate(input, {
      onSuccess: (notice) => {
        void message.success(t('supervision.issued', { number: notice.number, unit: notice.unitName }));
        onClose();
      },
      onError: (error) => {
        const { fields, unmatched } = toFormFieldErrors(fieldErrorsOf(error), SERVER_FIELDS, (field) => t(FIELD_MESSAGES[field]));
        form.setFields(fields);
        if (fields.length === 0 || unmatched.length > 0) void message.error(t(errorMessageKey(error)));
      },
    });
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      title={title}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={issue.isPending} onClick={() => form.submit()} data-testid="notice-issue-submit">
            {t('supervision.issue')}
          </Button>
        </Flex>
      }
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        disabled={issue.isPending}
        onFinish={onFinish}
        initialValues={{ unitId: prefill.unitId, basis: prefill.basis ?? '', requirement: prefill.requirement ?? '', urgency: prefill.urgency ?? 'normal', dueDate: dayjs(prefill.dueDate) }}
        data-testid="notice-form"
      >
        <Form.Item name="unitId" htmlFor="notice-unit" label={t('supervision.field.unit')} rules={[{ required: true, message: t('supervision.form.unit.required') }]}>
          <Select
            id="notice-unit"
            showSearch={{ optionFilterProp: 'label' }}
            options={units.filter((u) => u.kind !== 'group' && u.isActive).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="basis" htmlFor="notice-basis" label={t('supervision.field.basis')} rules={[{ required: true, whitespace: true, message: t('supervision.form.basis.required') }]}>
          <Input.TextArea id="notice-basis" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="requirement" htmlFor="notice-requirement" label={t('supervision.field.requirement')} rules={[{ required: true, whitespace: true, message: t('supervision.form.requirement.required') }]}>
          <Input.TextArea id="notice-requirement" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="urgency" label={t('supervision.field.urgency')}>
          <Radio.Group optionType="button" options={(['normal', 'urgent', 'very_urgent'] as const).map((value) => ({ value, label: t(URGENCY_KEYS[value]) }))} />
        </Form.Item>
        <Form.Item name="dueDate" htmlFor="notice-dueDate" label={t('supervision.field.dueDate')} rules={[{ required: true, message: t('supervision.form.dueDate.invalid') }]}>
          <DatePicker id="notice-dueDate" allowClear={false} disabledDate={(day) => day.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
