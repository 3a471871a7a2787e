import { Alert, Button, Card, Empty, Flex, Select, Skeleton, Switch, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useSignedInAccount } from '../auth/signed-in-account';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';
import { useUnits } from '../units/units-api';
import { EscalationSettings } from './escalation-settings';
import { IssueNoticeDrawer } from './issue-notice-drawer';
import { LitItemCard } from './lit-item-card';
import { NoticesTable } from './notices-table';
import { useLights, useNotices } from './supervision-api';
import { noticePrefill, redAndYellow } from './supervision-rules';
import type { IssueNoticeInput, Lights } from './supervision-types';

interface Issuing {
  title: string;
  prefill: Partial<IssueNoticeInput>;
}

/**
 * 督查督办 (supervision office, leading group's office): the red and yellow tasks, indicators and
 * units with the reasons in words, each with "issue a notice" prefilled from it; and every notice.
 */
export function SupervisionPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, params.get('plan')) : undefined;
  const lights = useLights(planId);
  const notices = useNotices(planId);
  const units = useUnits();
  const [showAll, setShowAll] = useState(false);
  const [issuing, setIssuing] = useState<Issuing | null>(null);
  const [configuring, setConfiguring] = useState(false);
  // Leaders read; the supervision office and the leading group's office issue.
  const canIssue = useSignedInAccount().roles.some((role) => role === 'supervisor' || role === 'office');
  const error = plans.error ?? lights.error ?? notices.error;

  return (
    <Flex vertical gap={16} data-testid="supervision-page">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('supervision.title')}</Typography.Title>
        <Flex wrap gap={8} align="center">
          {plans.data && plans.data.length > 1 && (
            <Select value={planId} style={{ minWidth: 220 }} aria-label={t('plan.choose')} options={plans.data.map((p) => ({ value: p.id, label: p.title }))} onChange={(id: string) => setParams({ plan: id })} />
          )}
          {canIssue && lights.data && <Button onClick={() => setConfiguring(true)} data-testid="supervision-settings">{t('supervision.settings')}</Button>}
          <Switch checked={showAll} onChange={setShowAll} data-testid="supervision-show-all" />
          <Typography.Text>{t('supervision.showGreen')}</Typography.Text>
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={t(errorMessageKey(error))} />}
      {lights.isPending && <Card><Skeleton active /></Card>}
      {lights.data && planId && (
        <Card>
          <Typography.Paragraph type="secondary">{t('supervision.rulesLine', { today: lights.data.today, yellow: lights.data.thresholds.yellowDaysBefore })}</Typography.Paragraph>
          <LightTabs lights={lights.data} showAll={showAll} onIssue={canIssue ? setIssuing : undefined} noticesTab={<NoticesTable notices={notices.data ?? []} showUnit />} noticeCount={notices.data?.length ?? 0} />
        </Card>
      )}
      {configuring && planId && lights.data && <EscalationSettings planId={planId} thresholds={lights.data.thresholds} onClose={() => setConfiguring(false)} />}
      {issuing && planId && <IssueNoticeDrawer planId={planId} title={issuing.title} prefill={issuing.prefill} units={units.data ?? []} onClose={() => setIssuing(null)} />}
    </Flex>
  );
}

function LightTabs({ lights, showAll, onIssue, noticesTab, noticeCount }: { lights: Lights; showAll: boolean; onIssue: ((issuing: Issuing) => void) | undefined; noticesTab: React.ReactNode; noticeCount: number }) {
  const { t } = useI18n();
  const pick = <T extends { light: 'green' | 'yellow' | 'red'; number?: number; name?: string }>(items: readonly T[]) => (showAll ? redAndYellow(items).concat(items.filter((i) => i.light === 'green')) : redAndYellow(items));
  const tasks = pick(lights.tasks);
  const indicators = pick(lights.indicators);
  const units = pick(lights.units);
  const issueFrom = (title: string, item: Parameters<typeof noticePrefill>[0]) =>
    onIssue ? () => onIssue({ title: t('supervision.issueTitle', { subject: title }), prefill: noticePrefill(item, lights.today, t('supervision.defaultRequirement')) }) : undefined;
  const list = (cards: React.ReactNode[]) => (cards.length === 0 ? <Empty description={t('supervision.allGreen')} /> : <Flex vertical gap={8}>{cards}</Flex>);
  const count = (items: readonly { light: string }[]) => items.filter((i) => i.light !== 'green').length;

  return (
    <Tabs
      items={[
        {
          key: 'tasks',
          label: t('supervision.tab.tasks', { count: count(lights.tasks) }),
          children: list(
            tasks.map((task) => {
              const title = `${task.number}. ${task.title}`;
              return (
                <LitItemCard key={task.id} testId={`lit-task-${task.number}`} title={title} light={task.light} reasons={task.reasons}
                  onIssue={issueFrom(title, { kind: 'task', id: task.id, unitId: task.leadUnits[0]?.id, reasons: task.reasons })} />
              );
            }),
          ),
        },
        {
          key: 'indicators',
          label: t('supervision.tab.indicators', { count: count(lights.indicators) }),
          children: list(
            indicators.map((indicator) => {
              const title = `${indicator.number}. ${indicator.name}${indicator.origin === 'goal' ? `（${t('indicators.origin.goal')}）` : ''}`;
              return (
                <LitItemCard key={indicator.id} testId={`lit-indicator-${indicator.number}`} title={title} light={indicator.light} reasons={indicator.reasons}
                  onIssue={issueFrom(title, { kind: 'indicator', id: indicator.id, unitId: indicator.providerUnitId ?? undefined, reasons: indicator.reasons })} />
              );
            }),
          ),
        },
        {
          key: 'units',
          label: t('supervision.tab.units', { count: count(lights.units) }),
          children: list(
            units.map((unit) => (
              <LitItemCard key={unit.id} testId={`lit-unit-${unit.name}`} title={unit.name} light={unit.light} reasons={unit.reasons}
                onIssue={issueFrom(unit.name, { kind: 'unit', id: null, unitId: unit.id, reasons: unit.reasons })} />
            )),
          ),
        },
        { key: 'notices', label: t('supervision.tab.notices', { count: noticeCount }), children: noticesTab },
      ]}
    />
  );
}
