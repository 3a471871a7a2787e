import { useI18n } from '../../shared/i18n/i18n-provider';
import { EvidenceFilesCard } from '../../shared/evidence/evidence-files-card';
import type { Attachment } from './report-types';
import { attachmentUrl, useRemoveEvidence, useUploadEvidence } from './reports-api';

/** 佐证材料: the report's evidence files, each a download link; the unit adds and removes them while writing. */
export function EvidenceCard({ reportId, attachments, canUpload }: { reportId: string; attachments: readonly Attachment[]; canUpload: boolean }) {
  const { t } = useI18n();
  const upload = useUploadEvidence(reportId);
  const remove = useRemoveEvidence(reportId);
  return (
    <EvidenceFilesCard
      files={attachments}
      urlOf={attachmentUrl}
      {...(canUpload ? { upload, remove } : {})}
      hint={t('report.evidence.hint')}
      testId="report-evidence"
      item="report-attachment"
    />
  );
}
