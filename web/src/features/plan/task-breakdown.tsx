import { Card, Descriptions, Empty, Flex, Grid, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { UNIT_ROLE_LABELS, unitNamesByRole } from './plan-labels';
import type { PlanSection, PlanTask } from './plan-types';
import { TargetList } from './target-text';

const names = (list: readonly string[]) => (list.length > 0 ? list.join('、') : '—');

function TaskTitle({ task }: { task: PlanTask }) {
  return (
    <>
      <Typography.Text strong>{task.title}</Typography.Text>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ marginBottom: 0, marginTop: 4 }}>
        {task.text}
      </Typography.Paragraph>
    </>
  );
}

/** A task as a card: the phone's form of one row of the table. */
function TaskCard({ task }: { task: PlanTask }) {
  const { t } = useI18n();
  const byRole = unitNamesByRole(task.units);
  return (
    <Card size="small" data-testid={`task-row-${task.number}`} title={`${task.number}. ${task.title}`}>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: 'collapsible' }}>
        {task.text}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'lead', label: t(UNIT_ROLE_LABELS.lead), children: names(byRole.lead) },
          { key: 'responsible', label: t(UNIT_ROLE_LABELS.responsible), children: names(byRole.responsible) },
          ...(byRole.cooperating.length > 0 ? [{ key: 'cooperating', label: t(UNIT_ROLE_LABELS.cooperating), children: names(byRole.cooperating) }] : []),
          { key: 'targets', label: t('plan.targets'), children: <TargetList targets={task.targets} /> },
        ]}
      />
    </Card>
  );
}

function SectionTable({ section }: { section: PlanSection }) {
  const { t } = useI18n();
  const columns: TableColumnsType<PlanTask> = [
    { title: t('plan.task.number'), dataIndex: 'number', width: 64, align: 'center' },
    { title: t('plan.task.title'), key: 'title', render: (_, task) => <TaskTitle task={task} /> },
    { title: t(UNIT_ROLE_LABELS.lead), key: 'lead', width: 140, render: (_, task) => names(unitNamesByRole(task.units).lead) },
    { title: t(UNIT_ROLE_LABELS.responsible), key: 'responsible', width: 220, render: (_, task) => names(unitNamesByRole(task.units).responsible) },
    { title: t(UNIT_ROLE_LABELS.cooperating), key: 'cooperating', width: 140, render: (_, task) => names(unitNamesByRole(task.units).cooperating) },
    { title: t('plan.targets'), key: 'targets', width: 280, render: (_, task) => <TargetList targets={task.targets} /> },
  ];
  return (
    <Table
      size="small"
      bordered
      rowKey="id"
      columns={columns}
      dataSource={section.tasks}
      pagination={false}
      scroll={{ x: 1000 }}
      onRow={(task) => ({ 'data-testid': `task-row-${task.number}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}

/** 任务分解表: the plan's sections, each with its tasks, units and quantified targets. */
export function TaskBreakdown({ sections }: { sections: readonly PlanSection[] }) {
  const { t } = useI18n();
  const isPhone = Grid.useBreakpoint().md === false;
  if (sections.length === 0) return <Empty description={t('plan.noTasks')} />;
  return (
    <Flex vertical gap={16} data-testid="plan-breakdown">
      {sections.map((section) => (
        <section key={section.id}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {section.number === null ? section.title : t('plan.section.title', { number: section.number, title: section.title })}
          </Typography.Title>
          {isPhone ? (
            <Flex vertical gap={8}>
              {section.tasks.map((task) => (
                <TaskCard key={task.id} task={task} />
              ))}
            </Flex>
          ) : (
            <SectionTable section={section} />
          )}
        </section>
      ))}
    </Flex>
  );
}
