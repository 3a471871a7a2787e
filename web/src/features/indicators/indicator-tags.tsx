import { Tag } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { STATUS_LIGHTS } from './indicator-lights';
import type { Indicator, IndicatorStatus, ValueStatus } from './indicator-types';

/** The light: a coloured dot and the status in words (colour is never the only signal). */
export function StatusLight({ status }: { status: IndicatorStatus }) {
  const { t } = useI18n();
  const light = STATUS_LIGHTS[status];
  return (
    <Tag data-status={status} data-testid="indicator-status" style={{ marginInlineEnd: 0, borderColor: light.color, color: light.color, background: '#fff' }}>
      <span aria-hidden style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: light.color, marginInlineEnd: 6, verticalAlign: 'middle' }} />
      {t(light.labelKey)}
    </Tag>
  );
}

const VALUE_STATUS = {
  submitted: { color: 'processing', key: 'indicators.value.submitted' },
  accepted: { color: 'success', key: 'indicators.value.accepted' },
  returned: { color: 'error', key: 'indicators.value.returned' },
} as const;

export function ValueStatusTag({ status }: { status: ValueStatus }) {
  const { t } = useI18n();
  return <Tag color={VALUE_STATUS[status].color} data-status={status}>{t(VALUE_STATUS[status].key)}</Tag>;
}

export function AttributeTag({ attribute }: { attribute: 'expected' | 'binding' | null }) {
  const { t } = useI18n();
  if (attribute === null) return null;
  return <Tag color={attribute === 'binding' ? 'red' : 'blue'}>{t(attribute === 'binding' ? 'indicators.attribute.binding' : 'indicators.attribute.expected')}</Tag>;
}

/** An overall goal's entry (总体目标), and what its target is when not a level (年均增速, 较基期变化). */
export function GoalKindTag({ indicator }: { indicator: Pick<Indicator, 'origin' | 'kind'> }) {
  const { t } = useI18n();
  if (indicator.origin !== 'goal') return null;
  return (
    <>
      <Tag color="purple" data-testid="indicator-goal-tag">{t('indicators.origin.goal')}</Tag>
      {indicator.kind !== 'level' && <Tag>{t(indicator.kind === 'annual_growth' ? 'indicators.kind.annual_growth' : 'indicators.kind.relative_change')}</Tag>}
    </>
  );
}
