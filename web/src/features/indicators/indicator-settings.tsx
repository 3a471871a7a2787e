import { Button, Card, Form, InputNumber, Select } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useUnits } from '../units/units-api';
import type { Indicator, IndicatorSettings, Tracking } from './indicator-types';
import { useSaveSettings } from './indicators-api';

interface SettingsForm {
  baselineYear: number | null;
  baselineValue: number | null;
  providerUnitId: string | null;
  tracking: Tracking;
  /** In percent in the form (5 = ±5 %); a fraction on the wire. */
  tolerancePercent: number | null;
}

const TRACKING: Record<Tracking, 'indicators.tracking.yearly' | 'indicators.tracking.quarterly_cumulative' | 'indicators.tracking.quarterly_point'> = {
  yearly: 'indicators.tracking.yearly',
  quarterly_cumulative: 'indicators.tracking.quarterly_cumulative',
  quarterly_point: 'indicators.tracking.quarterly_point',
};

/** 指标设置 (office): baseline, the unit that provides the data, tracking, and the 左右 tolerance. */
export function IndicatorSettingsForm({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const units = useUnits();
  const save = useSaveSettings(indicator.id);
  const initial: SettingsForm = {
    baselineYear: indicator.baseline?.year ?? null,
    baselineValue: indicator.baseline?.value ?? null,
    providerUnitId: indicator.providerUnitId,
    tracking: indicator.tracking,
    tolerancePercent: indicator.tolerance === null ? null : Math.round(indicator.tolerance * 10000) / 100,
  };
  const submit = (form: SettingsForm) => {
    const settings: IndicatorSettings = {
      baselineYear: form.baselineYear ?? null,
      baselineValue: form.baselineValue ?? null,
      providerUnitId: form.providerUnitId ?? null,
      tracking: form.tracking,
      tolerance: form.tolerancePercent === null || form.tolerancePercent === undefined ? null : form.tolerancePercent / 100,
    };
    save.mutate(settings, { onSuccess: () => void message.success(t('indicators.settings.saved')), onError: (error) => void message.error(t(errorMessageKey(error))) });
  };
  return (
    <Card size="small" title={t('indicators.settings.title')} data-testid="indicator-settings">
      <Form<SettingsForm> layout="vertical" initialValues={initial} onFinish={submit} style={{ maxWidth: 560 }}>
        <Form.Item label={t('indicators.baseline')} style={{ marginBottom: 0 }}>
          <Form.Item name="baselineYear" style={{ display: 'inline-block', width: 'calc(40% - 8px)', marginInlineEnd: 8 }}>
            <InputNumber id="settings-baselineYear" placeholder={t('indicators.settings.baselineYear')} min={1990} max={2200} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="baselineValue" style={{ display: 'inline-block', width: '60%' }}>
            <InputNumber id="settings-baselineValue" placeholder={t('indicators.settings.baselineValue')} style={{ width: '100%' }} />
          </Form.Item>
        </Form.Item>
        <Form.Item name="providerUnitId" label={t('indicators.settings.provider')}>
          <Select id="settings-provider" allowClear showSearch optionFilterProp="label" loading={units.isPending} options={(units.data ?? []).filter((u) => u.isActive).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="tracking" label={t('indicators.settings.tracking')}>
          <Select
            id="settings-tracking"
            // A growth rate's quarter is the year-to-date rate: a point in time, never a flow to add up.
            options={(Object.keys(TRACKING) as Tracking[]).filter((k) => indicator.kind !== 'annual_growth' || k !== 'quarterly_cumulative').map((k) => ({ value: k, label: t(TRACKING[k]) }))}
          />
        </Form.Item>
        <Form.Item name="tolerancePercent" label={t('indicators.settings.tolerance')} extra={t('indicators.settings.toleranceHint')}>
          <InputNumber id="settings-tolerance" min={0} max={100} step={0.5} addonAfter="%" style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
