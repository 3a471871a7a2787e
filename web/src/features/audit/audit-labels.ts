import type { Translate, MessageKey } from '../../shared/i18n/translate';
import type { AuditOutcome } from './audit-types';

/**
 * The actions the server records, with their labels. The server may add actions before the UI
 * knows them: those show under their raw name (see `auditActionLabel`).
 */
const ACTION_LABELS = {
  'auth.login': 'audit.action.auth.login',
  'auth.logout': 'audit.action.auth.logout',
  'auth.lockout': 'audit.action.auth.lockout',
  'account.create': 'audit.action.account.create',
  'account.update': 'audit.action.account.update',
  'account.roles_change': 'audit.action.account.roles_change',
  'account.password_change': 'audit.action.account.password_change',
  'account.password_reset': 'audit.action.account.password_reset',
  'account.unlock': 'audit.action.account.unlock',
  'unit.create': 'audit.action.unit.create',
  'unit.update': 'audit.action.unit.update',
  'unit.import': 'audit.action.unit.import',
  'unit.export': 'audit.action.unit.export',
  'audit.export': 'audit.action.audit.export',
  'audit.purge': 'audit.action.audit.purge',
  // Indicators (issue 6).
  'indicator.settings': 'audit.action.indicator.settings',
  'indicator.value': 'audit.action.indicator.value',
  'indicator.accept': 'audit.action.indicator.accept',
  'indicator.return': 'audit.action.indicator.return',
  'indicator.attach': 'audit.action.indicator.attach',
  'indicator.target_choice': 'audit.action.indicator.target_choice',
  'indicator.export': 'audit.action.indicator.export',
  'indicator.import': 'audit.action.indicator.import',
  // cockpit (issue 7)
  'cockpit.export': 'audit.action.cockpit.export',
} as const satisfies Record<string, MessageKey>;

export type KnownAuditAction = keyof typeof ACTION_LABELS;
export const KNOWN_AUDIT_ACTIONS = Object.keys(ACTION_LABELS) as KnownAuditAction[];

/** Action families, filtered by prefix (`account.` matches every account action). */
const CATEGORY_LABELS = {
  'auth.': 'audit.category.auth',
  'account.': 'audit.category.account',
  'unit.': 'audit.category.unit',
  'audit.': 'audit.category.audit',
  // Indicators (issue 6).
  'indicator.': 'audit.category.indicator',
  // cockpit (issue 7)
  'cockpit.': 'audit.category.cockpit',
} as const satisfies Record<string, MessageKey>;

export const AUDIT_CATEGORIES = Object.keys(CATEGORY_LABELS) as Array<keyof typeof CATEGORY_LABELS>;

const OBJECT_TYPE_LABELS = {
  account: 'audit.object.account',
  unit: 'audit.object.unit',
  region: 'audit.object.region',
  audit_log: 'audit.object.audit_log',
  // Indicators (issue 6).
  indicator: 'audit.object.indicator',
  indicator_value: 'audit.object.indicator_value',
} as const satisfies Record<string, MessageKey>;

export const OUTCOME_LABELS: Readonly<Record<AuditOutcome, MessageKey>> = {
  success: 'audit.outcome.success',
  failure: 'audit.outcome.failure',
  denied: 'audit.outcome.denied',
};

function labelFrom(labels: Readonly<Record<string, MessageKey>>, name: string, t: Translate): string {
  return Object.hasOwn(labels, name) ? t(labels[name] as MessageKey) : name;
}

/**
 * An action's label in the UI language, or its raw name when the UI does not know it yet.
 *
 * @example auditActionLabel('auth.lockout', t) // '账户锁定'
 * @example auditActionLabel('plan.publish', t) // 'plan.publish'
 */
export function auditActionLabel(action: string, t: Translate): string {
  return labelFrom(ACTION_LABELS, action, t);
}

export function auditCategoryLabel(prefix: string, t: Translate): string {
  return labelFrom(CATEGORY_LABELS, prefix, t);
}

/** An object type's label (账户, 单位, …), or its raw name. */
export function auditObjectTypeLabel(objectType: string, t: Translate): string {
  return labelFrom(OBJECT_TYPE_LABELS, objectType, t);
}
