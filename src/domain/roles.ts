/** The roles an account can hold (several at once). Order is the display order. */
export const ROLES = ['admin', 'auditor', 'office', 'supervisor', 'leader', 'unit_reporter', 'unit_head'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
