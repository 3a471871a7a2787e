import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/translate';
import { en } from '../../shared/i18n/en';
import { zhCN } from '../../shared/i18n/zh-CN';
import { AUDIT_CATEGORIES, auditActionLabel, auditCategoryLabel, auditObjectTypeLabel, KNOWN_AUDIT_ACTIONS } from './audit-labels';

const zh = createTranslator(zhCN);

describe('auditActionLabel', () => {
  it('names the actions in Chinese', () => {
    expect(auditActionLabel('auth.login', zh)).toBe('登录');
    expect(auditActionLabel('auth.lockout', zh)).toBe('账户锁定');
    expect(auditActionLabel('account.password_reset', zh)).toBe('重置密码');
  });

  it('shows an action the UI does not know under its raw name', () => {
    expect(auditActionLabel('plan.publish', zh)).toBe('plan.publish');
    expect(auditActionLabel('toString', zh)).toBe('toString');
  });

  it('gives every known action and category its own label in both languages', () => {
    for (const t of [zh, createTranslator(en)]) {
      const labels = KNOWN_AUDIT_ACTIONS.map((action) => auditActionLabel(action, t));
      expect(new Set(labels).size).toBe(KNOWN_AUDIT_ACTIONS.length);
      for (const prefix of AUDIT_CATEGORIES) expect(auditCategoryLabel(prefix, t)).not.toBe(prefix);
    }
  });

  it('files every known action under a category', () => {
    for (const action of KNOWN_AUDIT_ACTIONS) expect(AUDIT_CATEGORIES.some((prefix) => action.startsWith(prefix)), action).toBe(true);
  });
});

describe('auditObjectTypeLabel', () => {
  it('names known object types and keeps unknown ones raw', () => {
    expect(auditObjectTypeLabel('account', zh)).toBe('账户');
    expect(auditObjectTypeLabel('plan', zh)).toBe('plan');
  });
});
