import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useSignedInAccount } from '../auth/signed-in-account';
import { QualityRatingCard } from '../assessment/quality-rating-card';
import { usePlan } from '../plan/plans-api';
import { EditableReport } from './editable-report';
import { EvidenceCard } from './evidence-card';
import { LeadUnitReports } from './lead-unit-reports';
import { usePeriods } from './periods-api';
import { ReportActions } from './report-actions';
import { ReportContentView } from './report-content-view';
import { ReportHeader } from './report-header';
import { actionsFor } from './report-status';
import type { Report, ReportDetail } from './report-types';
import { reportKey, useReport } from './reports-api';
import { findTask, type TaskContext } from './task-context';
import { VersionsCard } from './versions-card';

/**
 * One report (/reports/:id, the address notifications link to): its unit writes it here, the unit
 * head approves it, the office accepts or returns it, and the lead unit and county roles read it.
 * A lead unit's consolidated report shows every responsible unit's report beside it.
 */
export function ReportPage() {
  const { t } = useI18n();
  const { reportId } = useParams();
  const navigate = useNavigate();
  const detail = useReport(reportId);
  // The report names its plan: only that plan is read, for the task's text, units and targets.
  const plan = usePlan(detail.data?.report.planId);

  return (
    <Flex vertical gap={16} data-testid="report-page">
      <div>
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} style={{ paddingInline: 0 }}>
          {t('report.back')}
        </Button>
      </div>
      {detail.isError && <Alert type="error" showIcon title={t(errorMessageKey(detail.error))} />}
      {(detail.isPending || plan.isPending) && !detail.isError && !plan.isError && <Card><Skeleton active /></Card>}
      {detail.data && !plan.isPending && (
        <ReportWorkspace key={detail.data.report.id} detail={detail.data} context={findTask(plan.data ? [plan.data] : [], detail.data.report.taskId)} />
      )}
    </Flex>
  );
}

function ReportWorkspace({ detail, context }: { detail: ReportDetail; context: TaskContext | undefined }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const account = useSignedInAccount();
  const { report, versions, attachments } = detail;
  const periods = usePeriods(report.planId);
  const period = periods.data?.periods.find((candidate) => candidate.id === report.periodId);
  const { canEdit, actions } = actionsFor(report, { roles: account.roles, unitId: account.unit?.id ?? null });
  const targets = context?.task.targets ?? [];
  const isLead = report.kind === 'consolidated' && context !== undefined;

  const onReport = useCallback(
    (next: Report) => client.setQueryData<ReportDetail>(reportKey(next.id), (old) => (old ? { ...old, report: next } : old)),
    [client],
  );

  const main = (
    <Flex vertical gap={16}>
      <ReportHeader report={report} context={context} />
      {report.status === 'returned' && report.returnReason && (
        <Alert type="error" showIcon title={t('report.returnReason', { reason: report.returnReason })} data-testid="report-return-reason" />
      )}
      {report.status === 'draft' && report.returnReason && (
        <Alert type="warning" showIcon title={t('report.sentBackReason', { reason: report.returnReason })} />
      )}
      {canEdit && period?.status === 'closed' && (
        <Alert type={period.hasException ? 'info' : 'warning'} showIcon title={t(period.hasException ? 'report.periodExceptionHint' : 'report.periodClosedHint')} data-testid="report-period-closed" />
      )}
      {canEdit ? (
        <EditableReport report={report} attachments={attachments} targets={targets} onReport={onReport} />
      ) : (
        <>
          <Card size="small" data-testid="report-form" data-readonly="true">
            <ReportContentView content={report} targets={targets} />
          </Card>
          <EvidenceCard reportId={report.id} attachments={attachments} canUpload={false} />
          {actions.length > 0 && (
            <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
              <ReportActions report={report} actions={actions} version={() => report.version} onDone={onReport} />
            </Card>
          )}
        </>
      )}
      {report.status === 'accepted' && account.roles.includes('office') && <QualityRatingCard planId={report.planId} reportId={report.id} />}
      {(versions.length > 0 || !canEdit) && <VersionsCard versions={versions} targets={targets} />}
    </Flex>
  );

  if (!isLead) return main;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>{main}</Col>
      <Col xs={24} xl={10}>
        <LeadUnitReports periodId={report.periodId} task={context.task} />
      </Col>
    </Row>
  );
}
