import { EvidenceFilesCard } from '../../shared/evidence/evidence-files-card';
import { noticeAttachmentUrl, useUploadNoticeEvidence } from './supervision-api';
import type { NoticeAttachment } from './supervision-types';

/** 佐证材料 of a notice's response: the unit adds files before responding; everyone who reads it downloads them. */
export function NoticeEvidence({ noticeId, attachments, canUpload }: { noticeId: string; attachments: readonly NoticeAttachment[]; canUpload: boolean }) {
  const upload = useUploadNoticeEvidence(noticeId);
  return <EvidenceFilesCard files={attachments} urlOf={noticeAttachmentUrl} {...(canUpload ? { upload } : {})} testId="notice-evidence" item="notice-attachment" />;
}
