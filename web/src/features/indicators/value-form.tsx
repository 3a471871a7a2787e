import { Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { entryPeriods, formatPeriod } from './indicator-lights';
import type { Indicator, ValueInput } from './indicator-types';
import { useEnterValue } from './indicators-api';

/** 填报实际值: the providing unit (or the office) enters a year's or a quarter's value for review. */
export function ValueForm({ indicator, years, year }: { indicator: Indicator; years: readonly number[]; year: number }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const enter = useEnterValue(indicator.id);
  const [form] = Form.useForm<ValueInput>();
  const quarter = (y: string, q: string) => t('indicators.quarter', { year: y, quarter: q });
  const periods = entryPeriods(years, indicator.tracking);
  // A growth goal's value is the year's growth rate, not a level.
  const rate = indicator.kind === 'annual_growth';

  const submit = (input: ValueInput) =>
    enter.mutate(
      { ...input, source: input.source ?? '', note: input.note ?? '' },
      {
        onSuccess: () => {
          void message.success(t('indicators.form.saved'));
          form.resetFields(['value', 'note']);
        },
        onError: (error) => void message.error(t(errorMessageKey(error))),
      },
    );

  return (
    <Card size="small" title={t('indicators.form.title')} data-testid="value-form">
      <Typography.Paragraph type="secondary">{t('indicators.form.hint')}</Typography.Paragraph>
      {rate && <Typography.Paragraph type="secondary" data-testid="value-rate-hint">{t('indicators.form.rateHint')}</Typography.Paragraph>}
      {indicator.kind === 'relative_change' && <Typography.Paragraph type="secondary">{t('indicators.form.changeHint')}</Typography.Paragraph>}
      <Form form={form} layout="vertical" initialValues={{ period: String(year), source: '', note: '' }} onFinish={submit} style={{ maxWidth: 560 }}>
        <Form.Item name="period" label={t('indicators.period')} rules={[{ required: true }]}>
          <Select id="value-period" options={periods.map((p) => ({ value: p, label: formatPeriod(p, quarter) }))} />
        </Form.Item>
        <Form.Item name="value" label={`${t(rate ? 'indicators.valueRate' : 'indicators.value')}${indicator.unit ? `（${indicator.unit}）` : ''}`} rules={[{ required: true, message: t('indicators.form.valueRequired') }]}>
          <InputNumber id="value-value" style={{ width: '100%' }} inputMode="decimal" />
        </Form.Item>
        <Form.Item name="source" label={t('indicators.source')} rules={[{ required: true, message: t('indicators.form.sourceRequired') }]}>
          <Input id="value-source" maxLength={500} placeholder={t('indicators.form.sourceHint')} />
        </Form.Item>
        <Form.Item name="note" label={t('indicators.note')}>
          <Input.TextArea id="value-note" maxLength={2000} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={enter.isPending} data-testid="value-submit">
          {t('indicators.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
