import { Button, Card, Flex, Input, Modal, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useChangePeriod, usePeriods, type Period, type PeriodStatus } from '../reports/periods-api';
import { useUnits } from '../units/units-api';

const STATUS_COLORS: Readonly<Record<PeriodStatus, string>> = { open: 'green', closed: 'default', not_opened: 'default' };
const STATUS_LABELS = { open: 'review.period.open', closed: 'review.period.closed', not_opened: 'review.period.not_opened' } as const;

/**
 * 报告期管理: the plan's quarters under its reporting rule, the latest first. The office opens a period (units can
 * then report), closes it (reports lock), or lets one unit keep reporting in a closed period.
 */
export function PeriodsCard({ planId }: { planId: string }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const [modal, modalHolder] = Modal.useModal();
  const periods = usePeriods(planId);
  const change = useChangePeriod();
  const [exceptionFor, setExceptionFor] = useState<Period>();

  const done = (key: 'review.period.opened' | 'review.period.closedDone' | 'review.period.exceptionDone', period: string) => ({
    onSuccess: () => void message.success(t(key, { period })),
    onError: (error: unknown) => void message.error(t(errorMessageKey(error))),
  });
  const onOpen = (period: Period) => change.mutate({ kind: 'open', planId, key: period.key }, done('review.period.opened', period.key));
  const onClose = (period: Period) =>
    void modal.confirm({
      title: t('review.period.closeTitle', { period: period.key }),
      content: t('review.period.closeBody'),
      okText: t('review.period.close'),
      onOk: () => change.mutateAsync({ kind: 'close', periodId: period.id ?? '' }, done('review.period.closedDone', period.key)),
    });

  const columns: TableColumnsType<Period> = [
    { title: t('report.period'), dataIndex: 'key', width: 90 },
    { title: t('review.period.range'), key: 'range', width: 200, render: (_, period) => `${period.start} — ${period.end}` },
    { title: t('report.due'), dataIndex: 'dueDate', width: 110 },
    { title: t('plan.status'), dataIndex: 'status', width: 90, render: (status: PeriodStatus) => <Tag color={STATUS_COLORS[status]}>{t(STATUS_LABELS[status])}</Tag> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, period) => (
        <Flex wrap gap={4}>
          {period.status !== 'open' && (
            <Button size="small" type={period.status === 'not_opened' ? 'primary' : 'default'} onClick={() => onOpen(period)} loading={change.isPending && change.variables.kind === 'open' && change.variables.key === period.key} data-testid={`period-open-${period.key}`}>
              {period.status === 'closed' ? t('review.period.reopen') : t('review.period.openAction')}
            </Button>
          )}
          {period.status === 'open' && (
            <Button size="small" onClick={() => onClose(period)} data-testid={`period-close-${period.key}`}>{t('review.period.close')}</Button>
          )}
          {period.status === 'closed' && (
            <Button size="small" onClick={() => setExceptionFor(period)} data-testid={`period-exception-${period.key}`}>{t('review.period.exception')}</Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card title={t('review.period.title')} data-testid="periods-card">
      {modalHolder}
      {periods.data && (
        <Typography.Paragraph type="secondary">
          {t('review.period.rule', { day: periods.data.rule.dueDay })}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="key"
        loading={periods.isPending}
        columns={columns}
        dataSource={[...(periods.data?.periods ?? [])].reverse()}
        pagination={false}
        scroll={{ x: 700, y: 320 }}
        onRow={(period) => ({ 'data-testid': `period-${period.key}`, 'data-status': period.status }) as HTMLAttributes<HTMLElement>}
      />
      {exceptionFor && <ExceptionModal period={exceptionFor} onClose={() => setExceptionFor(undefined)} />}
    </Card>
  );
}

/** Let one unit keep reporting in a closed period, with the reason on record. */
function ExceptionModal({ period, onClose }: { period: Period; onClose: () => void }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const units = useUnits();
  const change = useChangePeriod();
  const [unitId, setUnitId] = useState<string>();
  const [reason, setReason] = useState('');
  const onOk = () => {
    if (unitId === undefined || period.id === null) return;
    change.mutate(
      { kind: 'exception', periodId: period.id, unitId, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('review.period.exceptionDone', { period: period.key }));
          onClose();
        },
        onError: (error) => void message.error(t(errorMessageKey(error))),
      },
    );
  };
  return (
    <Modal
      open
      title={t('review.period.exceptionTitle', { period: period.key })}
      onCancel={onClose}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={unitId === undefined || reason.trim() === ''} loading={change.isPending} onClick={onOk} data-testid="exception-confirm">
            {t('review.period.exception')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <label htmlFor="exception-unit">{t('report.unit')}</label>
        <Select
          id="exception-unit"
          showSearch={{ optionFilterProp: 'label' }}
          value={unitId}
          onChange={setUnitId}
          options={(units.data ?? []).filter((unit) => unit.isActive && unit.kind !== 'group').map((unit) => ({ value: unit.id, label: unit.name }))}
          loading={units.isPending}
        />
        <label htmlFor="exception-reason">{t('review.period.exceptionReason')}</label>
        <Input.TextArea id="exception-reason" value={reason} maxLength={500} showCount onChange={(event) => setReason(event.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Flex>
    </Modal>
  );
}
