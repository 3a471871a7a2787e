import { describe, expect, it } from 'vitest';
import { checkPasswordStrength, isPasswordExpired } from './password-policy';

describe('password policy', () => {
  it('accepts 8+ characters from 3 of the 4 classes', () => {
    expect(checkPasswordStrength('Helan2025', 'office')).toEqual([]);
    expect(checkPasswordStrength('helan#2025', 'office')).toEqual([]);
  });

  it('refuses fewer than 8 characters', () => {
    expect(checkPasswordStrength('Ab1#xyz', 'office')).toEqual(['too_short']);
  });

  it('refuses passwords from only two character classes', () => {
    expect(checkPasswordStrength('helan2025', 'office')).toEqual(['too_few_classes']);
    expect(checkPasswordStrength('HELANhelan', 'office')).toEqual(['too_few_classes']);
  });

  it('refuses a password that contains the login, whatever the case', () => {
    expect(checkPasswordStrength('Office#2025', 'office')).toEqual(['contains_login']);
  });

  it('counts Chinese characters as symbols and by character, not by byte', () => {
    expect(checkPasswordStrength('贺兰Helan2', 'office')).toEqual([]);
    expect(checkPasswordStrength('贺兰贺兰ab12', 'office')).toEqual([]);
    expect(checkPasswordStrength('贺兰A1', 'office')).toEqual(['too_short']);
  });

  it('expires a password 90 days after it was set, and never when expiry is off', () => {
    const set = new Date('2025-01-01T00:00:00Z');
    expect(isPasswordExpired(set, new Date('2025-03-31T23:59:59Z'), 90)).toBe(false);
    expect(isPasswordExpired(set, new Date('2025-04-01T00:00:00Z'), 90)).toBe(true);
    expect(isPasswordExpired(set, new Date('2030-01-01T00:00:00Z'), 0)).toBe(false);
  });
});
