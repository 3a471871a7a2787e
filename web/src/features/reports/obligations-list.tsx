import { RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton, Typography, theme } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { countToDo, groupByPeriod } from './obligations';
import { isEditableStatus } from './report-status';
import { CountdownTag, KindTag, StatusTag } from './report-tags';
import type { Obligation } from './report-types';
import { useObligations, useOpenReport } from './reports-api';

function ObligationRow({ obligation, onOpen, opening }: { obligation: Obligation; onOpen: () => void; opening: boolean }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const writable = isEditableStatus(obligation.status);
  return (
    <div
      data-testid={`obligation-${obligation.taskNumber}-${obligation.kind}`}
      data-status={obligation.status}
      style={{ padding: '12px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex gap={12} align="center" justify="space-between">
        <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong>{t('report.taskLabel', { number: obligation.taskNumber, title: obligation.taskTitle })}</Typography.Text>
          <Flex wrap gap={4} align="center">
            <KindTag kind={obligation.kind} />
            <StatusTag status={obligation.status} />
            <CountdownTag daysLeft={obligation.daysLeft} status={obligation.status} />
          </Flex>
        </Flex>
        <Button type={writable ? 'primary' : 'default'} loading={opening} onClick={onOpen} icon={<RightOutlined />} iconPlacement="end">
          {writable ? t('report.write') : t('report.view')}
        </Button>
      </Flex>
      {obligation.status === 'returned' && obligation.returnReason && (
        <Alert type="error" showIcon style={{ marginTop: 8 }} title={t('report.returnReason', { reason: obligation.returnReason })} data-testid="obligation-return-reason" />
      )}
    </div>
  );
}

/**
 * 本季度任务: what the unit owes in the open periods, with a countdown to each deadline, the
 * state of each report and, for a returned one, why. Opening a task creates its draft if needed.
 */
export function ObligationsList() {
  const { t } = useI18n();
  const message = useAppMessage();
  const navigate = useNavigate();
  const obligations = useObligations();
  const open = useOpenReport();

  const onOpen = (obligation: Obligation) => {
    if (obligation.reportId !== null) {
      void navigate(`/reports/${obligation.reportId}`);
      return;
    }
    open.mutate(
      { periodId: obligation.periodId, taskId: obligation.taskId, kind: obligation.kind },
      { onSuccess: (report) => void navigate(`/reports/${report.id}`), onError: (error) => void message.error(t(errorMessageKey(error))) },
    );
  };

  if (obligations.isPending) return <Card><Skeleton active /></Card>;
  if (obligations.isError) return <Alert type="error" showIcon title={t(errorMessageKey(obligations.error))} />;
  const groups = groupByPeriod(obligations.data);
  return (
    <Flex vertical gap={16} data-testid="my-obligations">
      {groups.length === 0 && (
        <Card title={t('report.obligations.title')}>
          <Empty description={t('report.obligations.none')} />
        </Card>
      )}
      {groups.map((group) => (
        <Card
          key={`${group.planTitle}/${group.periodKey}`}
          title={t('report.obligations.period', { period: group.periodKey })}
          styles={{ body: { paddingTop: 0 } }}
        >
          <Flex wrap gap={8} style={{ paddingTop: 12 }}>
            <Typography.Text strong>{t('report.dueDate', { date: group.dueDate })}</Typography.Text>
            <Typography.Text type="secondary">{t('report.obligations.toDo', { count: countToDo(group.items) })}</Typography.Text>
            <Typography.Text type="secondary">{group.planTitle}</Typography.Text>
          </Flex>
          {group.items.map((obligation) => (
            <ObligationRow
              key={`${obligation.taskId}/${obligation.kind}`}
              obligation={obligation}
              opening={open.isPending && open.variables.taskId === obligation.taskId && open.variables.kind === obligation.kind}
              onOpen={() => onOpen(obligation)}
            />
          ))}
        </Card>
      ))}
    </Flex>
  );
}
