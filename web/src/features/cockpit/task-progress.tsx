import { Card, Flex, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { EChart } from '../../shared/charts/echart';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { TASK_STATE_COLORS, tasksBySectionOption } from './cockpit-charts';
import type { Cockpit } from './cockpit-types';

/**
 * Tasks by section as stacked bars (clicking a section filters the cockpit to it), and each task
 * with its state, opening its reports by unit across quarters.
 */
export function TaskProgress({ cockpit, onSection }: { cockpit: Cockpit; onSection: (sectionId: string) => void }) {
  const { t, lang } = useI18n();
  const option = useMemo(() => tasksBySectionOption(cockpit.tasksBySection, (state) => t(`cockpit.taskState.${state}`)), [cockpit.tasksBySection, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Card title={t('cockpit.tasks.title')} data-testid="cockpit-tasks">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('cockpit.tasks.note')}</Typography.Paragraph>
      <EChart
        option={option}
        height={Math.max(160, 40 + cockpit.tasksBySection.length * 34)}
        testId="cockpit-tasks-chart"
        ariaLabel={t('cockpit.tasks.title')}
        onItemClick={({ dataIndex }) => {
          const section = cockpit.tasksBySection[dataIndex];
          if (section) onSection(section.sectionId);
        }}
      />
      <Flex vertical gap={4} style={{ marginTop: 12, maxHeight: 280, overflowY: 'auto' }}>
        {cockpit.tasks.map((task) => (
          <Flex key={task.id} gap={8} align="center" justify="space-between">
            <Link to={`/cockpit/tasks/${task.id}?plan=${cockpit.plan.id}`} data-testid={`cockpit-task-${task.number}`} style={{ flex: 1 }}>
              {task.number}. {task.title}
            </Link>
            <Tag color={TASK_STATE_COLORS[task.state]} style={{ marginInlineEnd: 0 }}>{t(`cockpit.taskState.${task.state}`)}</Tag>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
