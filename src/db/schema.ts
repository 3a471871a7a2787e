import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table types for Kysely. They mirror the migrations; change both together. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export type { UnitKind } from '../domain/units/unit-rules';
import type { UnitKind } from '../domain/units/unit-rules';
export type { Role } from '../domain/roles';
import type { Role } from '../domain/roles';
export type PlanStatus = 'draft' | 'active' | 'archived';
export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface RegionsTable {
  id: Generated<string>;
  code: string;
  name: string;
  time_zone: Generated<string>;
  created_at: Timestamp;
}

export interface PlansTable {
  id: Generated<string>;
  region_id: string;
  code: string;
  title: string;
  document_number: string | null;
  start_year: number;
  end_year: number;
  status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
  created_at: Timestamp;
  updated_at: Timestamp;
  rules: Json;
  metadata: Json;
  office_unit_id: string | null;
  imported_at: Date | null;
  reporting_rule: Json;
}

export interface UnitsTable {
  id: Generated<string>;
  region_id: string;
  name: string;
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  kind: UnitKind;
  parent_id: string | null;
  is_active: Generated<boolean>;
  sort_order: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UnitGroupMembersTable {
  group_id: string;
  member_id: string;
}

export interface UsersTable {
  id: Generated<string>;
  region_id: string | null;
  login: string;
  display_name: string;
  phone: string | null;
  email: string | null;
  unit_id: string | null;
  roles: ColumnType<Role[], Role[] | undefined, Role[]>;
  password_hash: string;
  password_changed_at: Timestamp;
  must_change_password: Generated<boolean>;
  is_demo: Generated<boolean>;
  is_active: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: ColumnType<Date, Date, Date>;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  region_id: string | null;
  user_id: string | null;
  login: string | null;
  unit_id: string | null;
  ip: string | null;
  user_agent: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  outcome: AuditOutcome;
  details: Json;
}

export interface PasswordHistoryTable {
  id: Generated<number>;
  user_id: string;
  password_hash: string;
  created_at: Timestamp;
}

export type LeadingGroupPosition = 'head' | 'deputy_head' | 'member';

export interface LeadingGroupsTable {
  id: Generated<string>;
  plan_id: string;
  name: string;
  office_unit_id: string | null;
  updated_at: Timestamp;
}

export interface LeadingGroupMembersTable {
  id: Generated<string>;
  plan_id: string;
  leading_group_id: string;
  position: LeadingGroupPosition;
  person_title: string | null;
  unit_id: string | null;
  sort_order: Generated<number>;
}

export interface PlanImportsTable {
  id: Generated<string>;
  region_id: string;
  plan_id: string | null;
  file_name: string;
  document: Json;
  uploaded_by: string;
  created_at: Timestamp;
  confirmed_at: Date | null;
}

export interface PlanSectionsTable {
  id: Generated<string>;
  plan_id: string;
  ordinal: number;
  number: string | null;
  title: string;
}

export interface PlanTasksTable {
  id: Generated<string>;
  plan_id: string;
  section_id: string;
  number: number;
  title: string;
  text: string;
  unit_clause: string | null;
  source_line: number | null;
  is_retired: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type TaskUnitRole = 'lead' | 'responsible' | 'cooperating';

export interface TaskUnitsTable {
  plan_id: string;
  task_id: string;
  unit_id: string;
  role: TaskUnitRole;
  sort_order: Generated<number>;
}

export interface PlanTargetsTable {
  id: Generated<string>;
  plan_id: string;
  task_id: string | null;
  metric: string;
  comparator: string;
  value: number;
  max_value: number | null;
  qualifier: string | null;
  unit: string | null;
  year: number | null;
  start_year: number | null;
  cadence: string;
  kind: string;
  theme: string | null;
  text: string;
  source_line: number | null;
  sort_order: Generated<number>;
}

export interface PlanIndicatorsTable {
  id: Generated<string>;
  plan_id: string;
  number: number;
  name: string;
  unit: string | null;
  comparator: string | null;
  attribute: 'expected' | 'binding' | null;
  direction: 'higher' | 'lower';
  targets: ColumnType<Record<string, number>, string, string>;
  source_line: number | null;
  is_retired: Generated<boolean>;
  baseline_year: number | null;
  baseline_value: number | null;
  provider_unit_id: string | null;
  tracking: Generated<'yearly' | 'quarterly_cumulative' | 'quarterly_point'>;
  tolerance: number | null;
  // Overall goals in the registry (issue 6, migration 20261126T1700).
  origin: Generated<'table' | 'goal'>;
  kind: Generated<'level' | 'annual_growth' | 'relative_change'>;
  metric_key: string | null;
  qualifier: string | null;
  goal_text: string | null;
  theme: string | null;
}

export interface IndicatorValuesTable {
  id: Generated<string>;
  plan_id: string;
  indicator_id: string;
  period: string;
  year: number;
  value: number;
  source: Generated<string>;
  note: Generated<string>;
  status: 'submitted' | 'accepted' | 'returned';
  entered_by: string;
  entered_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  return_reason: string | null;
  version: Generated<number>;
}

export interface PlanFindingsTable {
  id: Generated<string>;
  plan_id: string;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  message_zh: string;
  source_line: number | null;
  params: ColumnType<Record<string, string | number>, string, string>;
}

export type PeriodStatus = 'open' | 'closed';
export type ReportKind = 'unit' | 'consolidated';
export type ReportStatus = 'draft' | 'awaiting_approval' | 'submitted' | 'returned' | 'accepted';
export type TaskStatus = 'on_track' | 'lagging' | 'completed' | 'not_started';

export interface ReportingPeriodsTable {
  id: Generated<string>;
  plan_id: string;
  key: string;
  year: number;
  start_date: string;
  end_date: string;
  due_date: string;
  late_after: Date;
  status: PeriodStatus;
  opened_at: Date;
  closed_at: Date | null;
}

export interface PeriodExceptionsTable {
  plan_id: string;
  period_id: string;
  unit_id: string;
  reason: string;
  granted_by: string;
  created_at: Date;
}

export interface TargetProgress {
  targetId: string;
  value: number | null;
  note: string;
}

export interface ReportsTable {
  id: Generated<string>;
  plan_id: string;
  period_id: string;
  task_id: string;
  unit_id: string;
  kind: ReportKind;
  status: ReportStatus;
  progress: Generated<string>;
  problems: Generated<string>;
  next_steps: Generated<string>;
  task_status: TaskStatus | null;
  target_progress: ColumnType<TargetProgress[], string | undefined, string>;
  version: Generated<number>;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  approved_by: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  return_reason: string | null;
  updated_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface ReportVersionsTable {
  id: Generated<string>;
  plan_id: string;
  report_id: string;
  number: number;
  content: ColumnType<unknown, string, string>;
  submitted_by: string;
  submitted_at: Date;
}

export interface StoredFilesTable {
  sha256: string;
  size: number;
  media_type: string;
  created_at: Date;
}

export interface ReportAttachmentsTable {
  id: Generated<string>;
  plan_id: string;
  report_id: string;
  sha256: string;
  file_name: string;
  uploaded_by: string;
  uploaded_at: Date;
}

export interface NotificationsTable {
  id: Generated<string>;
  plan_id: string | null;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

export interface ReminderLedgerTable {
  id: Generated<number>;
  plan_id: string;
  period_id: string;
  task_id: string;
  unit_id: string;
  report_kind: ReportKind;
  reminder_kind: string;
  day: string;
  created_at: Date;
}

// --- Supervision, meetings and assessment (issue 9) ---
export type { NoticeStatus } from '../domain/supervision/notice-escalation';
import type { NoticeStatus } from '../domain/supervision/notice-escalation';

export interface SupervisionSettingsTable {
  plan_id: string;
  yellow_days_before: number;
  red_days_after: number;
  updated_by: string;
  updated_at: Date;
}

export interface SupervisionNoticesTable {
  id: Generated<string>;
  plan_id: string;
  year: number;
  serial: number;
  subject_kind: 'task' | 'indicator' | 'decision' | 'unit';
  task_id: string | null;
  indicator_id: string | null;
  decision_id: string | null;
  unit_id: string;
  basis: string;
  requirement: string;
  urgency: 'normal' | 'urgent' | 'very_urgent';
  due_date: string;
  status: NoticeStatus;
  response: Generated<string>;
  issued_by: string;
  issued_at: Date;
  signed_at: Date | null;
  responded_at: Date | null;
  closed_at: Date | null;
  version: Generated<number>;
}

export interface SupervisionNoticeEventsTable {
  id: Generated<number>;
  plan_id: string;
  notice_id: string;
  action: string;
  from_status: NoticeStatus | null;
  to_status: NoticeStatus;
  note: Generated<string>;
  user_id: string;
  at: Date;
}

export interface SupervisionNoticeAttachmentsTable {
  id: Generated<string>;
  plan_id: string;
  notice_id: string;
  sha256: string;
  file_name: string;
  uploaded_by: string;
  uploaded_at: Date;
}

export interface SupervisionReminderLedgerTable {
  id: Generated<number>;
  notice_id: string;
  reminder_kind: string;
  day: string;
  created_at: Date;
}

export interface WorkMeetingsTable {
  id: Generated<string>;
  plan_id: string;
  title: string;
  held_on: string;
  attendees: ColumnType<string[], string | undefined, string>;
  agenda: ColumnType<unknown, string | undefined, string>;
  minutes: Generated<string>;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface WorkMeetingDecisionsTable {
  id: Generated<string>;
  plan_id: string;
  meeting_id: string;
  text: string;
  unit_id: string;
  due_date: string;
  notice_id: string | null;
  created_at: Date;
}

export interface AssessmentSchemesTable {
  plan_id: string;
  scheme: ColumnType<unknown, string, string>;
  updated_by: string;
  updated_at: Date;
}

export interface ReportRatingsTable {
  report_id: string;
  plan_id: string;
  score: number;
  note: Generated<string>;
  rated_by: string;
  rated_at: Date;
}

export interface AssessmentAdjustmentsTable {
  id: Generated<string>;
  plan_id: string;
  year: number;
  unit_id: string;
  points: number;
  reason: string;
  created_by: string;
  created_at: Date;
}

export interface DB {
  regions: RegionsTable;
  plans: PlansTable;
  units: UnitsTable;
  unit_group_members: UnitGroupMembersTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  password_history: PasswordHistoryTable;
  leading_groups: LeadingGroupsTable;
  leading_group_members: LeadingGroupMembersTable;
  plan_imports: PlanImportsTable;
  plan_sections: PlanSectionsTable;
  plan_tasks: PlanTasksTable;
  task_units: TaskUnitsTable;
  plan_targets: PlanTargetsTable;
  plan_indicators: PlanIndicatorsTable;
  plan_findings: PlanFindingsTable;
  reporting_periods: ReportingPeriodsTable;
  period_exceptions: PeriodExceptionsTable;
  reports: ReportsTable;
  report_versions: ReportVersionsTable;
  stored_files: StoredFilesTable;
  report_attachments: ReportAttachmentsTable;
  notifications: NotificationsTable;
  reminder_ledger: ReminderLedgerTable;
  indicator_values: IndicatorValuesTable;
  // Indicators (issue 6), second part.
  indicator_value_evidence: IndicatorValueEvidenceTable;
  indicator_target_choices: IndicatorTargetChoicesTable;
  // Official documents (issue 8).
  document_settings: DocumentSettingsTable;
  document_counters: DocumentCountersTable;
  official_documents: OfficialDocumentsTable;
  // supervision, meetings and assessment (issue 9)
  supervision_settings: SupervisionSettingsTable;
  supervision_notices: SupervisionNoticesTable;
  supervision_notice_events: SupervisionNoticeEventsTable;
  supervision_notice_attachments: SupervisionNoticeAttachmentsTable;
  supervision_reminder_ledger: SupervisionReminderLedgerTable;
  work_meetings: WorkMeetingsTable;
  work_meeting_decisions: WorkMeetingDecisionsTable;
  assessment_schemes: AssessmentSchemesTable;
  report_ratings: ReportRatingsTable;
  assessment_adjustments: AssessmentAdjustmentsTable;
  // Data versions: the cockpit's cache key (issue 7).
  data_versions: DataVersionsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type UnitRow = Selectable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
export type RegionRow = Selectable<RegionsTable>;
export type PlanRow = Selectable<PlansTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type PeriodRow = Selectable<ReportingPeriodsTable>;

// Indicators (issue 6), second part: evidence on values and the governing target per year.
export interface IndicatorValueEvidenceTable {
  id: Generated<string>;
  plan_id: string;
  value_id: string;
  sha256: string;
  file_name: string;
  uploaded_by: string;
  uploaded_at: Date;
}

export interface IndicatorTargetChoicesTable {
  indicator_id: string;
  year: number;
  governs: 'goal' | 'table';
  chosen_by: string;
  chosen_at: Date;
}
// --- Official documents (issue 8) ---

export interface DocumentSettingsTable {
  plan_id: string;
  number_prefix: string;
  issuer: string;
  recipients: string;
  copy_to: ColumnType<string[], string, string>;
  updated_at: Date;
}

export interface DocumentCountersTable {
  plan_id: string;
  year: number;
  last_sequence: number;
}

export type OfficialDocumentStatus = 'draft' | 'issued';

export interface OfficialDocumentsTable {
  id: Generated<string>;
  plan_id: string;
  kind: 'circular' | 'leader_report' | 'meeting_pack';
  period_key: string;
  status: OfficialDocumentStatus;
  title: string;
  model: ColumnType<unknown, string, string>;
  version: Generated<number>;
  number: string | null;
  number_year: number | null;
  number_sequence: number | null;
  sha256: string | null;
  created_by: string;
  created_at: Date;
  updated_by: string;
  updated_at: Date;
  issued_by: string | null;
  issued_at: Date | null;
}

export type OfficialDocumentRow = Selectable<OfficialDocumentsTable>;

// --- Data versions (issue 7) ---

/** A counter per plan or region (split in shards), moved at the commit of every change to the data the cockpit reads. */
export interface DataVersionsTable {
  scope_id: string;
  shard: number;
  version: number;
}
