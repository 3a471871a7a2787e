import { Alert, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../shared/i18n/i18n-provider';
import { ChangedFields } from './changed-fields';
import { goalChangeSummary } from './import-labels';
import type { GoalEntryChanges } from './import-types';

/**
 * What an import does to the overall goals' own indicator entries (the goals the annual table
 * does not measure): added, changed, retired (values kept), brought back, renumbered. A new
 * plan (`isNew`) only adds, so only that row is shown.
 */
export function ImportGoalChanges({ goals, isNew = false }: { goals: GoalEntryChanges; isNew?: boolean }) {
  const { t } = useI18n();
  const entries = (list: ReadonlyArray<{ number: number; name: string }>): ReactNode =>
    list.length === 0 ? '—' : list.map((entry) => t('planImport.goals.entry', entry)).join(t('planImport.goals.separator'));
  const rows = [
    { key: 'added', label: t('planImport.changes.added'), children: entries(goals.added) },
    {
      key: 'changed',
      label: t('planImport.changes.changed'),
      children:
        goals.changed.length === 0
          ? '—'
          : goals.changed.map((change) => (
              <div key={change.number} data-testid={`plan-import-goal-changed-${change.number}`}>
                {t('planImport.goals.entry', change)}:{' '}
                <ChangedFields fields={change.fields} />
              </div>
            )),
    },
    { key: 'retired', label: t('planImport.goals.retired'), children: <Typography.Text type={goals.retired.length > 0 ? 'warning' : undefined}>{entries(goals.retired)}</Typography.Text> },
    { key: 'revived', label: t('planImport.goals.revived'), children: entries(goals.revived) },
    {
      key: 'renumbered',
      label: t('planImport.goals.renumbered'),
      children: goals.renumbered.length === 0 ? '—' : goals.renumbered.map((move) => <div key={move.name}>{t('planImport.goals.move', move)}</div>),
    },
    { key: 'unchanged', label: t('planImport.changes.unchanged'), children: goals.unchanged },
  ];
  return (
    <Flex vertical gap={8} data-testid="plan-import-goal-changes">
      <Typography.Title level={5} style={{ margin: 0 }} data-testid="plan-import-goals-summary">
        {goalChangeSummary(goals, t)}
      </Typography.Title>
      <Typography.Text type="secondary">{t('planImport.goals.about')}</Typography.Text>
      {goals.retired.length + goals.revived.length > 0 && <Alert type="info" showIcon title={t('planImport.goals.retiredNote')} />}
      {goals.renumbered.length > 0 && <Alert type="warning" showIcon title={t('planImport.goals.renumberedNote')} />}
      <Descriptions size="small" column={1} bordered items={isNew ? rows.filter((row) => row.key === 'added') : rows} />
    </Flex>
  );
}
