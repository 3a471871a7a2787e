import { Flex, Select } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { CockpitFilters } from './cockpit-filters';
import { planYears, quartersOf } from './cockpit-rows';
import type { Cockpit, UnitKind } from './cockpit-types';

const KINDS = ['department', 'township', 'park', 'enterprise', 'external'] as const satisfies readonly UnitKind[];

/** Year, quarter, section and unit kind; each change goes to the URL. */
export function CockpitFilterBar({ cockpit, filters, onChange }: { cockpit: Cockpit; filters: CockpitFilters; onChange: (next: Partial<CockpitFilters>) => void }) {
  const { t } = useI18n();
  const year = cockpit.period?.year ?? cockpit.year;
  return (
    <Flex wrap gap={8} data-testid="cockpit-filters">
      <Select
        value={year}
        style={{ width: 100 }}
        aria-label={t('cockpit.filter.year')}
        data-testid="cockpit-filter-year"
        options={planYears(cockpit.plan).map((y) => ({ value: y, label: String(y) }))}
        onChange={(y: number) => onChange({ year: y, quarter: null })}
      />
      <Select
        value={cockpit.period?.quarter ?? undefined}
        style={{ width: 110 }}
        aria-label={t('cockpit.filter.quarter')}
        data-testid="cockpit-filter-quarter"
        placeholder={t('cockpit.filter.quarter')}
        options={quartersOf(cockpit.periods, year).map((q) => ({ value: q, label: t('cockpit.filter.quarterValue', { quarter: q }) }))}
        onChange={(q: number) => onChange({ year, quarter: q })}
      />
      <Select
        value={filters.section ?? ''}
        style={{ minWidth: 150, maxWidth: 260 }}
        popupMatchSelectWidth={false}
        aria-label={t('cockpit.filter.section')}
        data-testid="cockpit-filter-section"
        options={[{ value: '', label: t('cockpit.filter.allSections') }, ...cockpit.sections.map((s) => ({ value: s.id, label: s.number ? `(${s.number})${s.title}` : s.title }))]}
        onChange={(id: string) => onChange({ section: id || null })}
      />
      <Select
        value={filters.unitKind ?? ''}
        style={{ width: 130 }}
        aria-label={t('cockpit.filter.unitKind')}
        data-testid="cockpit-filter-unit-kind"
        options={[{ value: '', label: t('cockpit.filter.allUnits') }, ...KINDS.map((k) => ({ value: k, label: t(`cockpit.unitKind.${k}`) }))]}
        onChange={(kind: string) => onChange({ unitKind: (kind || null) as UnitKind | null })}
      />
    </Flex>
  );
}
