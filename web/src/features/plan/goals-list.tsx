import { Card, Empty, Flex, Typography } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { groupGoalsByTheme } from './plan-labels';
import type { Goal } from './plan-types';
import { TargetFigure } from './target-text';

/** 总体目标: the plan's overall quantified goals, by theme. */
export function GoalsList({ goals }: { goals: readonly Goal[] }) {
  const { t } = useI18n();
  if (goals.length === 0) return <Empty description={t('plan.goals.none')} />;
  return (
    <Flex vertical gap={12} data-testid="plan-goals">
      {groupGoalsByTheme(goals).map((group, index) => (
        <Card key={index} size="small" title={group.theme ?? t('plan.goals.noTheme')}>
          <Flex vertical gap={8}>
            {group.goals.map((goal) => (
              <Flex key={goal.id} wrap gap={8} justify="space-between" align="baseline">
                <Typography.Text>{goal.metric}</Typography.Text>
                <TargetFigure target={goal} />
              </Flex>
            ))}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
