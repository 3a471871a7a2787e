import { Alert, Card, Flex, Modal } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import type { Target } from '../plan/plan-types';
import { AutosaveIndicator } from './autosave-indicator';
import { ConflictModal } from './conflict-modal';
import { EvidenceCard } from './evidence-card';
import { ReportActions } from './report-actions';
import { ReportFields } from './report-fields';
import type { Attachment, Report } from './report-types';
import { useReportDraft } from './use-report-draft';

interface Props {
  report: Report;
  attachments: readonly Attachment[];
  targets: readonly Target[];
  /** Keeps the page's copy of the report current after each save or workflow step. */
  onReport: (report: Report) => void;
}

/**
 * The unit writing its report: the fields autosave, a stale save opens the conflict dialog, a
 * closed period or a report that moved on turns the form read-only with the text still there,
 * and leaving the page saves first (asking before leaving unsaved text behind).
 */
export function EditableReport({ report, attachments, targets, onReport }: Props) {
  const { t } = useI18n();
  const message = useAppMessage();
  const [modal, modalHolder] = Modal.useModal();
  const draft = useReportDraft(report, onReport);
  const { flush, hasUnsaved } = draft;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsaved());

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    void flush().then((saved) => {
      if (saved) {
        blocker.proceed();
        return;
      }
      void modal.confirm({
        title: t('report.leave.title'),
        content: t('report.leave.body'),
        okText: t('report.leave.ok'),
        okButtonProps: { danger: true },
        cancelText: t('report.leave.stay'),
        onOk: () => blocker.proceed(),
        onCancel: () => blocker.reset(),
      });
    });
  }, [blocker, flush, modal, t]);

  const beforeSubmit = async () => {
    if (draft.content.progress.trim() === '') {
      void message.error(t('report.submit.needProgress'));
      return false;
    }
    if (report.kind === 'consolidated' && draft.content.taskStatus === null) {
      void message.error(t('report.submit.needTaskStatus'));
      return false;
    }
    const saved = await flush();
    if (!saved) void message.error(t('report.submit.notSaved'));
    return saved;
  };

  const locked = draft.state.kind === 'locked';
  return (
    <Flex vertical gap={16}>
      {modalHolder}
      {locked && (
        <Alert
          type="warning"
          showIcon
          title={draft.state.kind === 'locked' && draft.state.reason === 'period_closed' ? t('report.locked.periodClosed') : t('report.locked.notEditable')}
          description={t('report.locked.keepText')}
          data-testid="report-locked"
        />
      )}
      <Card size="small" data-testid="report-form">
        <ReportFields content={draft.content} kind={report.kind} targets={targets} readOnly={locked} onChange={draft.update} />
      </Card>
      <EvidenceCard reportId={report.id} attachments={attachments} canUpload={!locked} />
      <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
        <ReportActions report={report} actions={locked ? [] : ['submit']} version={draft.version} beforeSubmit={beforeSubmit} onDone={onReport}>
          <AutosaveIndicator state={draft.state} onRetry={() => void flush()} />
        </ReportActions>
      </Card>
      {draft.state.kind === 'conflict' && (
        <ConflictModal mine={draft.content} current={draft.state.current} targets={targets} onKeepMine={() => draft.settle('mine')} onTakeSaved={() => draft.settle('saved')} />
      )}
    </Flex>
  );
}
