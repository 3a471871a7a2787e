import { describe, expect, it } from 'vitest';
import { characterClassesOf, checkPasswordRules, fieldOfProblem, isPasswordProblem, type PasswordRule } from './password-rules';

const metRules = (password: string, login = 'zhangsan'): PasswordRule[] =>
  checkPasswordRules(password, login).filter((check) => check.met).map((check) => check.rule);

describe('characterClassesOf', () => {
  it('counts upper, lower, digit and symbol classes', () => {
    expect(characterClassesOf('')).toBe(0);
    expect(characterClassesOf('abc')).toBe(1);
    expect(characterClassesOf('Abc1')).toBe(3);
    expect(characterClassesOf('Abc1#')).toBe(4);
  });

  it('counts a Chinese character or a space as a symbol, as the server does', () => {
    expect(characterClassesOf('abc落')).toBe(2);
    expect(characterClassesOf('ab c')).toBe(2);
  });
});

describe('checkPasswordRules', () => {
  it('meets every rule with 8+ characters of 3 classes not containing the login', () => {
    expect(metRules('Demo#2025')).toEqual(['length', 'classes', 'notLogin']);
  });

  it('requires at least 8 characters, counted as the server counts them', () => {
    expect(metRules('Ab1#xyz')).not.toContain('length');
    expect(metRules('Ab1#xyzw')).toContain('length');
    // 7 emoji are 14 UTF-16 units but only 7 characters.
    expect(metRules('😀'.repeat(7))).not.toContain('length');
  });

  it('refuses more than 128 characters', () => {
    expect(metRules(`Ab1#${'x'.repeat(124)}`)).toContain('length');
    expect(metRules(`Ab1#${'x'.repeat(125)}`)).not.toContain('length');
  });

  it('requires 3 of the 4 character classes', () => {
    expect(metRules('abcdefgh1')).not.toContain('classes');
    expect(metRules('abcdefgh1!')).toContain('classes');
  });

  it('refuses a password containing the login, whatever the case', () => {
    expect(metRules('X1#ZhangSan', 'zhangsan')).not.toContain('notLogin');
    expect(metRules('X1#Zhang', 'zhangsan')).toContain('notLogin');
  });

  it('does not call an empty password free of the login', () => {
    expect(metRules('', 'zhangsan')).toEqual([]);
  });
});

describe('password problems', () => {
  it('recognises the server codes and nothing else', () => {
    expect(isPasswordProblem('reused')).toBe(true);
    expect(isPasswordProblem('toString')).toBe(false);
    expect(isPasswordProblem(1)).toBe(false);
  });

  it('puts a wrong current password on the current-password field, the rest on the new one', () => {
    expect(fieldOfProblem('wrong_current_password')).toBe('currentPassword');
    expect(fieldOfProblem('too_short')).toBe('newPassword');
    expect(fieldOfProblem('reused')).toBe('newPassword');
  });
});
