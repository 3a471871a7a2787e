import { Select, Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-provider';
import { UnitKindTag } from '../../units/unit-kind';
import { useUnits } from '../../units/units-api';
import { unitsNeedingAttentionFirst } from './import-labels';
import type { UnitOverrides, UnitResolution } from './import-types';

interface Props {
  units: readonly UnitResolution[];
  overrides: UnitOverrides;
  onMapUnit: (name: string, unitId: string | undefined) => void;
  loading: boolean;
}

/**
 * The units the plan names and how each maps onto the registry. New ones stand out: each may be
 * an existing unit under another name, so the office can pick it; otherwise confirming adds it.
 */
export function ImportUnitsTable({ units, overrides, onMapUnit, loading }: Props) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const registry = useUnits();
  const options = (registry.data ?? [])
    .filter((unit) => unit.isActive)
    .map((unit) => ({ value: unit.id, label: unit.name }));

  const columns: TableColumnsType<UnitResolution> = [
    { title: t('planImport.units.name'), dataIndex: 'name', width: 220, render: (name: string, unit) => <Typography.Text strong={unit.status === 'new'}>{name}</Typography.Text> },
    {
      title: t('planImport.units.status'),
      key: 'status',
      width: 220,
      render: (_, unit) =>
        unit.status === 'new' ? (
          <Tag color="orange">{t('planImport.units.new')}</Tag>
        ) : (
          <>
            <Tag color="green">{t('planImport.units.matched')}</Tag>
            {unit.registryName !== unit.name && <Typography.Text type="secondary">{unit.registryName}</Typography.Text>}
          </>
        ),
    },
    { title: t('units.field.kind'), key: 'kind', width: 110, render: (_, unit) => (unit.status === 'new' ? <UnitKindTag kind={unit.kind} /> : '—') },
    {
      title: t('planImport.units.duplicates'),
      key: 'duplicates',
      render: (_, unit) => (unit.status === 'new' && unit.suspectedDuplicates.length > 0 ? unit.suspectedDuplicates.join('、') : '—'),
    },
    {
      title: t('planImport.units.mapTo'),
      key: 'map',
      width: 240,
      render: (_, unit) =>
        unit.status === 'new' || Object.hasOwn(overrides, unit.name) ? (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('planImport.units.mapPlaceholder')}
            value={overrides[unit.name]}
            options={options}
            loading={registry.isPending || loading}
            disabled={loading}
            style={{ width: '100%' }}
            aria-label={t('planImport.units.mapTo')}
            onChange={(unitId: string | undefined) => onMapUnit(unit.name, unitId)}
            data-testid={`plan-import-map-${unit.name}`}
          />
        ) : null,
    },
  ];

  return (
    <Table
      size="small"
      rowKey="name"
      columns={columns}
      dataSource={unitsNeedingAttentionFirst(units)}
      pagination={units.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      onRow={(unit) =>
        ({
          'data-testid': `plan-import-unit-${unit.name}`,
          'data-status': unit.status,
          style: unit.status === 'new' ? { background: token.colorWarningBg } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
