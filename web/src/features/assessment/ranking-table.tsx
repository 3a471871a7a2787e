import { Button, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../shared/i18n/translate';
import { COMPONENTS, type Component, type UnitScore } from './assessment-api';

export const COMPONENT_KEYS: Readonly<Record<Component, MessageKey>> = {
  timeliness: 'assessment.component.timeliness',
  quality: 'assessment.component.quality',
  progress: 'assessment.component.progress',
  indicators: 'assessment.component.indicators',
  deduction: 'assessment.component.deduction',
  bonus: 'assessment.component.bonus',
  adjustment: 'assessment.component.adjustment',
};

/** A ranking (departments or townships): components and total; a row expands into its breakdown, each line with its record. */
export function RankingTable({ scores, onAdjust }: { scores: readonly UnitScore[]; onAdjust?: ((unit: UnitScore) => void) | undefined }) {
  const { t } = useI18n();
  const columns: TableColumnsType<UnitScore> = [
    { title: t('assessment.rank'), dataIndex: 'rank', width: 60, fixed: 'start' },
    { title: t('supervision.field.unit'), dataIndex: 'unitName', width: 160, fixed: 'start' },
    ...COMPONENTS.map((c) => ({ title: t(COMPONENT_KEYS[c]), key: c, width: 90, align: 'end' as const, render: (_: unknown, s: UnitScore) => s.components[c] })),
    { title: t('assessment.total'), dataIndex: 'total', width: 80, align: 'end' },
    ...(onAdjust ? [{ title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, s: UnitScore) => <Button size="small" onClick={() => onAdjust(s)} data-testid={`assessment-adjust-${s.unitName}`}>{t('assessment.adjust')}</Button> }] : []),
  ];
  return (
    <Table
      size="small"
      rowKey="unitId"
      columns={columns}
      dataSource={[...scores]}
      pagination={false}
      scroll={{ x: 1100 }}
      onRow={(s) => ({ 'data-testid': `assessment-unit-${s.unitName}`, 'data-total': s.total, 'data-rank': s.rank }) as HTMLAttributes<HTMLElement>}
      expandable={{
        expandedRowRender: (s) => (
          <Table
            size="small"
            rowKey={(line) => `${line.component}-${line.record.type}-${line.record.id}`}
            pagination={false}
            dataSource={s.lines}
            columns={[
              { title: t('assessment.line.component'), key: 'component', width: 120, render: (_, line) => t(COMPONENT_KEYS[line.component]) },
              { title: t('assessment.line.record'), key: 'record', render: (_, line) => line.record.label },
              { title: t('assessment.line.basis'), dataIndex: 'basis', width: 140 },
              { title: t('assessment.line.points'), dataIndex: 'points', width: 80, align: 'end' },
            ]}
          />
        ),
      }}
    />
  );
}
