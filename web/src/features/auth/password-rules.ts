import type { MessageKey } from '../../shared/i18n/translate';

/**
 * The password policy as the server applies it (src/domain/auth/password-policy.ts, 等保 2.0
 * level 2): 8 to 128 characters, at least 3 of the 4 classes (upper, lower, digit, symbol), not
 * containing the login, none of the last 5 passwords. This copy only gives hints while typing;
 * the server decides, and the history check can only be made there.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;
export const PASSWORD_HISTORY_DEPTH = 5;

/** The codes of POST /api/auth/password's `details.problems`. */
export const PASSWORD_PROBLEMS = [
  'too_short',
  'too_long',
  'too_few_classes',
  'contains_login',
  'reused',
  'wrong_current_password',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export const isPasswordProblem = (value: unknown): value is PasswordProblem =>
  PASSWORD_PROBLEMS.some((problem) => problem === value);

/** Exhaustive: a new problem code fails to compile until it has a message. */
export const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, MessageKey>> = {
  too_short: 'password.problem.too_short',
  too_long: 'password.problem.too_long',
  too_few_classes: 'password.problem.too_few_classes',
  contains_login: 'password.problem.contains_login',
  reused: 'password.problem.reused',
  wrong_current_password: 'password.problem.wrong_current_password',
};

/** The form field a problem belongs to: only a wrong current password is about the first one. */
export function fieldOfProblem(problem: PasswordProblem): 'currentPassword' | 'newPassword' {
  return problem === 'wrong_current_password' ? 'currentPassword' : 'newPassword';
}

/** How many of the four classes (upper, lower, digit, symbol) the password uses. */
export function characterClassesOf(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
}

/** The rules that can be checked while typing, in the order the hints list them. */
export type PasswordRule = 'length' | 'classes' | 'notLogin';

export interface PasswordRuleCheck {
  rule: PasswordRule;
  met: boolean;
}

/**
 * Which of the checkable rules a new password meets, for the hints under the field. Length is
 * counted in characters (code points), as the server counts it, not UTF-16 units.
 *
 * @example checkPasswordRules('Abc12345', 'zhang') // all three met
 */
export function checkPasswordRules(password: string, login: string): PasswordRuleCheck[] {
  const length = [...password].length;
  return [
    { rule: 'length', met: length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH },
    { rule: 'classes', met: characterClassesOf(password) >= PASSWORD_MIN_CLASSES },
    { rule: 'notLogin', met: password.length > 0 && !containsLogin(password, login) },
  ];
}

/** The server's rule: case-insensitive, and an empty login never matches. */
function containsLogin(password: string, login: string): boolean {
  return login.length > 0 && password.toLowerCase().includes(login.toLowerCase());
}
