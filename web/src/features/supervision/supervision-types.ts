/** The server's supervision contract (src/http/routes/supervision/supervision.schemas.ts). */
export type Light = 'green' | 'yellow' | 'red';
export type NoticeStatus = 'issued' | 'signed' | 'responded' | 'returned' | 'closed';
export type EscalationLevel = 'blue' | 'yellow' | 'red';
export type Urgency = 'normal' | 'urgent' | 'very_urgent';
export type SubjectKind = 'task' | 'indicator' | 'decision' | 'unit';
export type NoticeAction = 'sign' | 'respond' | 'return' | 'close';

export interface LightReason {
  light: Exclude<Light, 'green'>;
  code: string;
  /** The rule's sentence, in Chinese (the server's words: a 通报 quotes them). */
  text: string;
}

interface Lit {
  id: string;
  light: Light;
  reasons: LightReason[];
}

export interface TaskLight extends Lit {
  number: number;
  title: string;
  leadUnits: Array<{ id: string; name: string }>;
}

export interface IndicatorLight extends Lit {
  number: number;
  name: string;
  attribute: 'expected' | 'binding' | null;
  status: string;
  providerUnitId: string | null;
}

export interface UnitLight extends Lit {
  name: string;
  kind: string;
}

export interface Lights {
  today: string;
  thresholds: { yellowDaysBefore: number; redDaysAfter: number };
  tasks: TaskLight[];
  indicators: IndicatorLight[];
  units: UnitLight[];
}

export interface Notice {
  id: string;
  planId: string;
  number: string;
  subjectKind: SubjectKind;
  taskId: string | null;
  indicatorId: string | null;
  decisionId: string | null;
  subjectLabel: string;
  unitId: string;
  unitName: string;
  basis: string;
  requirement: string;
  urgency: Urgency;
  dueDate: string;
  daysLeft: number;
  status: NoticeStatus;
  level: EscalationLevel | null;
  response: string;
  issuedAt: string;
  signedAt: string | null;
  respondedAt: string | null;
  closedAt: string | null;
  version: number;
}

export interface NoticeAttachment {
  id: string;
  fileName: string;
  size: number;
  mediaType: string;
  uploadedAt: string;
}

export interface NoticeDetail {
  notice: Notice;
  history: Array<{ action: string; from: NoticeStatus | null; to: NoticeStatus; note: string; by: string; at: string }>;
  attachments: NoticeAttachment[];
}

export interface IssueNoticeInput {
  subjectKind: SubjectKind;
  subjectId: string | null;
  unitId: string;
  basis: string;
  requirement: string;
  urgency: Urgency;
  dueDate: string;
}
