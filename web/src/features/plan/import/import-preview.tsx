import { Card, Tag } from 'antd';
import { useI18n } from '../../../shared/i18n/i18n-provider';
import { FindingsList } from '../findings-list';
import { IndicatorsTable } from '../indicators-table';
import { ImportChanges } from './import-changes';
import { ImportGoalChanges } from './import-goal-changes';
import { ImportSummary } from './import-summary';
import { ImportTasksTable } from './import-tasks-table';
import type { ImportPreview, UnitOverrides } from './import-types';
import { ImportUnitsTable } from './import-units-table';

interface Props {
  preview: ImportPreview;
  overrides: UnitOverrides;
  onMapUnit: (name: string, unitId: string | undefined) => void;
  recomputing: boolean;
}

/** Everything the office reads before confirming an import. */
export function ImportPreviewView({ preview, overrides, onMapUnit, recomputing }: Props) {
  const { t } = useI18n();
  const { document } = preview;
  const newUnits = preview.units.filter((unit) => unit.status === 'new').length;
  return (
    <>
      <ImportSummary preview={preview} />
      {preview.planId !== null ? (
        <ImportChanges changes={preview.changes} />
      ) : (
        <Card title={t('planImport.goals.newTitle')} data-testid="plan-import-new-goals">
          <ImportGoalChanges goals={preview.changes.goals} isNew />
        </Card>
      )}
      <Card
        title={t('planImport.units.title')}
        extra={newUnits > 0 && <Tag color="orange">{t('planImport.units.newCount', { count: newUnits })}</Tag>}
        data-testid="plan-import-units"
      >
        <ImportUnitsTable units={preview.units} overrides={overrides} onMapUnit={onMapUnit} loading={recomputing} />
      </Card>
      <Card title={t('planImport.tasks.title')}>
        <ImportTasksTable sections={document.sections} findings={document.findings} />
      </Card>
      <Card title={t('plan.tab.indicators')}>
        <IndicatorsTable indicators={document.indicators.map((indicator) => ({ ...indicator, id: String(indicator.number) }))} />
      </Card>
      <Card title={t('plan.tab.findings')}>
        <FindingsList findings={document.findings} />
      </Card>
    </>
  );
}
