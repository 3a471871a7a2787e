import {
  ApartmentOutlined,
  AuditOutlined,
  ClockCircleOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  HomeOutlined,
  LineChartOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Role } from '../api/account';
import type { MessageKey } from '../i18n/translate';

export type AreaKey =
  | 'home'
  | 'plan'
  | 'planImport'
  | 'reports'
  | 'report'
  | 'review'
  | 'timeliness'
  | 'indicators'
  | 'cockpit'
  | 'documents'
  | 'supervision'
  | 'meetings'
  | 'assessment'
  | 'units'
  | 'leadingGroups'
  | 'accounts'
  | 'audit'
  // supervision (issue 9): a unit's inbox of notices, and one notice
  | 'notices'
  | 'notice';

/** One area of the product: a page in the side navigation. */
export interface NavArea {
  kind: 'area';
  key: AreaKey;
  labelKey: MessageKey;
  icon: ComponentType;
  /** Where its pages live; a `:name` segment matches any one segment (`/reports/:reportId`). */
  path: string;
  /** Who may use it; 'everyone' means every signed-in account. */
  roles: readonly Role[] | 'everyone';
  /** False until the area is built: shown disabled, marked "coming soon", with no route. */
  available: boolean;
  /**
   * False for a page reached only by a link or a button (a report opened from a notification,
   * the plan import): never in the menu or on the home page, but its roles still guard its URL.
   */
  inMenu?: false;
}

/** A heading that folds several areas; shown when the account may use any of them. */
export interface NavGroup {
  kind: 'group';
  key: 'admin';
  labelKey: MessageKey;
  icon: ComponentType;
  children: readonly NavArea[];
}

export type NavEntry = NavArea | NavGroup;

const UNIT_ROLES = ['unit_reporter', 'unit_head'] as const satisfies readonly Role[];
/** Every role of the plan's business reads the plan (the server's `plan.read`). */
const PLAN_READERS = ['office', 'leader', 'supervisor', ...UNIT_ROLES] as const satisfies readonly Role[];

/**
 * The product's areas, in menu order: the one table the side navigation, the home page's list
 * and (later) the routes are built from. Flip `available` when an area's pages land.
 */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { kind: 'area', key: 'home', labelKey: 'nav.home', icon: HomeOutlined, path: '/', roles: 'everyone', available: true },
  { kind: 'area', key: 'plan', labelKey: 'nav.plan', icon: FileTextOutlined, path: '/plan', roles: PLAN_READERS, available: true },
  // Importing a plan (or a revision of one) is the office's; the button sits on the plan page.
  { kind: 'area', key: 'planImport', labelKey: 'nav.planImport', icon: FileTextOutlined, path: '/plan/import', roles: ['office'], available: true, inMenu: false },
  // 进度填报: the unit's own worklist. Its reports open at /reports/:id (the link notifications carry).
  { kind: 'area', key: 'reports', labelKey: 'nav.reports', icon: FormOutlined, path: '/reports', roles: UNIT_ROLES, available: true },
  // One report: its unit writes it, the lead unit and the county-wide roles read it, the office reviews it.
  { kind: 'area', key: 'report', labelKey: 'nav.report', icon: FormOutlined, path: '/reports/:reportId', roles: PLAN_READERS, available: true, inMenu: false },
  { kind: 'area', key: 'review', labelKey: 'nav.review', icon: AuditOutlined, path: '/review', roles: ['office'], available: true },
  { kind: 'area', key: 'timeliness', labelKey: 'nav.timeliness', icon: ClockCircleOutlined, path: '/timeliness', roles: ['office', 'leader', 'supervisor'], available: true },
  // Indicators (issue 6): the list at /indicators, one indicator at /indicators/:id (same roles).
  { kind: 'area', key: 'indicators', labelKey: 'nav.indicators', icon: LineChartOutlined, path: '/indicators', roles: ['office', 'leader', 'supervisor', ...UNIT_ROLES], available: true },
  { kind: 'area', key: 'cockpit', labelKey: 'nav.cockpit', icon: DashboardOutlined, path: '/cockpit', roles: ['leader', 'office', 'supervisor'], available: true },
  // 公文通报 (issue 8): the office drafts and issues; leaders and the supervision office read.
  { kind: 'area', key: 'documents', labelKey: 'nav.documents', icon: NotificationOutlined, path: '/documents', roles: ['office', 'leader', 'supervisor'], available: true },
  { kind: 'area', key: 'supervision', labelKey: 'nav.supervision', icon: FlagOutlined, path: '/supervision', roles: ['supervisor', 'office'], available: true },
  { kind: 'area', key: 'meetings', labelKey: 'nav.meetings', icon: TeamOutlined, path: '/meetings', roles: ['office', 'leader'], available: true },
  { kind: 'area', key: 'assessment', labelKey: 'nav.assessment', icon: TrophyOutlined, path: '/assessment', roles: ['office', 'leader'], available: true },
  {
    kind: 'group',
    key: 'admin',
    labelKey: 'nav.admin',
    icon: SettingOutlined,
    children: [
      // The office keeps the unit registry too: plans name units, and it imports the plans.
      { kind: 'area', key: 'units', labelKey: 'nav.units', icon: ApartmentOutlined, path: '/admin/units', roles: ['admin', 'office'], available: true },
      { kind: 'area', key: 'leadingGroups', labelKey: 'nav.leadingGroups', icon: FlagOutlined, path: '/admin/leading-groups', roles: ['admin', 'office'], available: true },
      { kind: 'area', key: 'accounts', labelKey: 'nav.accounts', icon: UserOutlined, path: '/admin/accounts', roles: ['admin'], available: true },
      { kind: 'area', key: 'audit', labelKey: 'nav.audit', icon: SafetyCertificateOutlined, path: '/admin/audit', roles: ['auditor'], available: true },
    ],
  },
  // --- supervision (issue 9) ---
  // 督办事项: the notices addressed to the account's unit (sign for, respond with evidence).
  { kind: 'area', key: 'notices', labelKey: 'nav.notices', icon: FlagOutlined, path: '/notices', roles: UNIT_ROLES, available: true },
  // One notice, the link notifications carry: its unit, the issuers and leaders read it.
  { kind: 'area', key: 'notice', labelKey: 'nav.notice', icon: FlagOutlined, path: '/notices/:noticeId', roles: PLAN_READERS, available: true, inMenu: false },
];
