import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useFormDrawer } from '../../shared/layout/use-form-drawer';
import { UnitFormDrawer } from './unit-form-drawer';
import { UnitImportButton } from './unit-import';
import { filterUnits } from './unit-list';
import type { Unit } from './unit-types';
import { UnitsTable } from './units-table';
import { useExportUnits, useUnits } from './units-api';

/**
 * 系统管理 → 单位管理: the county's units and groups; search, add, edit, export and import.
 * Offered only to the roles that may change the registry (see nav-areas.ts), so every control shows.
 */
export function UnitsPage() {
  const { t } = useI18n();
  const message = useAppMessage();
  const units = useUnits();
  const exportUnits = useExportUnits(t('units.export.fileName'));
  const [query, setQuery] = useState('');
  const drawer = useFormDrawer<Unit>();
  const all = units.data ?? [];

  const openDrawer = drawer.openWith;
  const onExport = () => exportUnits.mutate(undefined, { onError: (error) => void message.error(t(errorMessageKey(error))) });

  return (
    <Flex vertical gap={16} data-testid="units-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('units.title')}
      </Typography.Title>
      <Card>
        <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('units.search')}
            aria-label={t('units.search')}
            onChange={(event) => setQuery(event.target.value)}
            onSearch={setQuery}
            style={{ maxWidth: 320 }}
            data-testid="unit-search"
          />
          <Flex wrap gap={8}>
            <Button icon={<DownloadOutlined />} loading={exportUnits.isPending} onClick={onExport} data-testid="unit-export">
              {t('units.export')}
            </Button>
            <UnitImportButton />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openDrawer(undefined)} data-testid="unit-create">
              {t('units.create')}
            </Button>
          </Flex>
        </Flex>
        {units.isError && <Alert type="error" showIcon title={t(errorMessageKey(units.error))} style={{ marginBottom: 16 }} />}
        <UnitsTable units={filterUnits(all, query)} allUnits={all} loading={units.isPending} onEdit={openDrawer} />
      </Card>
      <UnitFormDrawer
        key={drawer.key}
        open={drawer.open}
        unit={drawer.item}
        units={all}
        onClose={drawer.close}
      />
    </Flex>
  );
}
