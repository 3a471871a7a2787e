/** The server's supervision contract: its own types (src/http/routes/supervision/supervision.schemas.ts), and names for their parts. */
import type { Lights, NoticeDetail, NoticeView } from '@server/http/routes/supervision/supervision.schemas';

export type Light = Lights['tasks'][number]['light'];
export type NoticeStatus = NoticeView['status'];
export type EscalationLevel = NonNullable<NoticeView['level']>;
export type Urgency = NoticeView['urgency'];
export type SubjectKind = NoticeView['subjectKind'];
export type NoticeAction = 'sign' | 'respond' | 'return' | 'close';

export type { IssueNoticeBody as IssueNoticeInput, Lights, NoticeDetail } from '@server/http/routes/supervision/supervision.schemas';
export type Notice = NoticeView;
export type LightReason = Lights['tasks'][number]['reasons'][number];
export type TaskLight = Lights['tasks'][number];
export type IndicatorLight = Lights['indicators'][number];
export type UnitLight = Lights['units'][number];
export type NoticeAttachment = NoticeDetail['attachments'][number];
