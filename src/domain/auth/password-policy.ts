/**
 * Password rules of 等保 2.0 level 2 (DOMAIN.md): at least 8 characters from at least 3 of
 * the 4 classes (upper, lower, digit, symbol), not containing the login, and none of the
 * account's last 5 passwords (that last check needs the hashes, so the service does it).
 */
export type PasswordProblem = 'too_short' | 'too_few_classes' | 'contains_login' | 'too_long';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_HISTORY_DEPTH = 5;

export function characterClassesOf(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
}

/** Every rule the password breaks, in the order a person would fix them; empty when it is fine. */
export function checkPasswordStrength(password: string, login: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if ([...password].length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (characterClassesOf(password) < 3) problems.push('too_few_classes');
  if (login.length > 0 && password.toLowerCase().includes(login.toLowerCase())) problems.push('contains_login');
  return problems;
}

/** A password expires `maxAgeDays` after it was set (0 turns expiry off). */
export function isPasswordExpired(changedAt: Date, now: Date, maxAgeDays: number): boolean {
  return maxAgeDays > 0 && now.getTime() - changedAt.getTime() >= maxAgeDays * 24 * 60 * 60 * 1000;
}
