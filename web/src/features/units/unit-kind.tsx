import { Tag } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';
import type { UnitKind } from './unit-types';

/** Exhaustive: a new kind fails to compile until it has a label and a colour. */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, MessageKey>> = {
  department: 'units.kind.department',
  township: 'units.kind.township',
  park: 'units.kind.park',
  enterprise: 'units.kind.enterprise',
  group: 'units.kind.group',
  external: 'units.kind.external',
};

const UNIT_KIND_COLORS: Readonly<Record<UnitKind, string>> = {
  department: 'blue',
  township: 'green',
  park: 'cyan',
  enterprise: 'gold',
  group: 'purple',
  external: 'default',
};

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useI18n();
  return <Tag color={UNIT_KIND_COLORS[kind]}>{t(UNIT_KIND_LABELS[kind])}</Tag>;
}
