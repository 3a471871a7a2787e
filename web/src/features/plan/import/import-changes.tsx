import { Alert, Card, Descriptions, Typography } from 'antd';
import { useI18n } from '../../../shared/i18n/i18n-provider';
import { ImportGoalChanges } from './import-goal-changes';
import { ChangedFields } from './changed-fields';
import { isGoalsUnchanged, isUnchanged } from './import-labels';
import type { ImportPreview, ItemChanges } from './import-types';

const numbers = (list: readonly number[]) => (list.length > 0 ? list.join('、') : '—');

function ChangeList({ changes, itemKey }: { changes: ItemChanges; itemKey: 'planImport.changes.task' | 'planImport.changes.indicator' }) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'added', label: t('planImport.changes.added'), children: numbers(changes.added) },
        { key: 'removed', label: t('planImport.changes.removed'), children: <Typography.Text type={changes.removed.length > 0 ? 'danger' : undefined}>{numbers(changes.removed)}</Typography.Text> },
        {
          key: 'changed',
          label: t('planImport.changes.changed'),
          children:
            changes.changed.length === 0
              ? '—'
              : changes.changed.map((change) => (
                  <div key={change.number} data-testid={`plan-import-changed-${change.number}`}>
                    {t(itemKey, { number: change.number })}:{' '}
                    <ChangedFields fields={change.fields} />
                  </div>
                )),
        },
        { key: 'unchanged', label: t('planImport.changes.unchanged'), children: changes.unchanged },
      ]}
    />
  );
}

/** What a revision changes in the plan: tasks and indicators added, removed, changed (by field), and the overall goals' entries. */
export function ImportChanges({ changes }: { changes: ImportPreview['changes'] }) {
  const { t } = useI18n();
  const nothing = isUnchanged(changes.tasks) && isUnchanged(changes.indicators) && isGoalsUnchanged(changes.goals);
  return (
    <Card title={t('planImport.changes.title')} data-testid="plan-import-changes">
      {nothing ? (
        <Alert type="info" showIcon title={t('planImport.changes.none')} />
      ) : (
        <>
          {changes.tasks.removed.length > 0 && <Alert type="warning" showIcon title={t('planImport.changes.removedWarning')} style={{ marginBottom: 12 }} />}
          <Typography.Title level={5}>{t('planImport.changes.tasks')}</Typography.Title>
          <ChangeList changes={changes.tasks} itemKey="planImport.changes.task" />
          <Typography.Title level={5}>{t('planImport.changes.indicators')}</Typography.Title>
          <ChangeList changes={changes.indicators} itemKey="planImport.changes.indicator" />
          <div style={{ marginTop: 16 }}>
            <ImportGoalChanges goals={changes.goals} />
          </div>
        </>
      )}
    </Card>
  );
}
