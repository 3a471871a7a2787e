import { SearchOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { AUDIT_CATEGORIES, auditActionLabel, auditCategoryLabel, KNOWN_AUDIT_ACTIONS, OUTCOME_LABELS } from './audit-labels';
import type { AuditFilters } from './audit-query';
import { AUDIT_OUTCOMES, type AuditOutcome } from './audit-types';

interface FilterForm {
  range?: [Dayjs | null, Dayjs | null] | null;
  login?: string;
  action?: string;
  outcome?: AuditOutcome;
}

const DAY = 'YYYY-MM-DD';

function filtersOf(values: FilterForm): AuditFilters {
  const [first, last] = values.range ?? [];
  return {
    ...(first && last ? { days: [first.format(DAY), last.format(DAY)] as const } : {}),
    ...(values.login?.trim() ? { login: values.login.trim() } : {}),
    ...(values.action ? { action: values.action } : {}),
    ...(values.outcome ? { outcome: values.outcome } : {}),
  };
}

/** The audit log's filters: days, login, action (or a family of actions), outcome. */
export function AuditFilterBar({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FilterForm>();
  const today = dayjs();
  const presets = [
    { label: t('audit.range.today'), value: [today.startOf('day'), today.endOf('day')] as [Dayjs, Dayjs] },
    { label: t('audit.range.last7'), value: [today.subtract(6, 'day').startOf('day'), today.endOf('day')] as [Dayjs, Dayjs] },
    { label: t('audit.range.last30'), value: [today.subtract(29, 'day').startOf('day'), today.endOf('day')] as [Dayjs, Dayjs] },
  ];
  const actionOptions = [
    { label: t('audit.filter.byCategory'), title: 'category', options: AUDIT_CATEGORIES.map((prefix) => ({ value: prefix, label: t('audit.filter.allOf', { category: auditCategoryLabel(prefix, t) }) })) },
    { label: t('audit.filter.byAction'), title: 'action', options: KNOWN_AUDIT_ACTIONS.map((action) => ({ value: action, label: auditActionLabel(action, t) })) },
  ];

  return (
    <Form<FilterForm>
      form={form}
      layout="inline"
      onFinish={(values) => onApply(filtersOf(values))}
      style={{ rowGap: 8 }}
      data-testid="audit-filters"
    >
      <Form.Item name="range" label={t('audit.filter.range')}>
        <DatePicker.RangePicker id={{ start: 'audit-from', end: 'audit-to' }} presets={presets} disabledDate={(day) => day.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item name="login" label={t('audit.field.login')}>
        <Input id="audit-login" allowClear placeholder={t('audit.filter.loginHint')} style={{ width: 160 }} autoCapitalize="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="action" label={t('audit.field.action')}>
        <Select id="audit-action" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('audit.filter.any')} options={actionOptions} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="outcome" label={t('audit.field.outcome')}>
        <Select
          id="audit-outcome"
          allowClear
          placeholder={t('audit.filter.any')}
          options={AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(OUTCOME_LABELS[outcome]) }))}
          style={{ width: 120 }}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('audit.filter.apply')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          icon={<UndoOutlined />}
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('audit.filter.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
