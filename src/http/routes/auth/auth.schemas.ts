import { z } from 'zod';
import { ROLES } from '../../../domain/roles';

export const LoginBodySchema = z.object({
  login: z.string().trim().min(1, 'login is required').max(64),
  password: z.string().min(1, 'password is required').max(256),
});

export const AccountSchema = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  region: z.object({ id: z.string(), name: z.string() }).nullable(),
  isDemo: z.boolean(),
  mustChangePassword: z.boolean(),
  passwordChangeReason: z.enum(['initial', 'expired']).nullable(),
});

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'current password is required').max(256),
  newPassword: z.string().min(1, 'new password is required').max(256),
});

export const AccountResponseSchema = z.object({ account: AccountSchema });

export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
});

/* Types the web app imports (type-only, @server alias). */
export type AccountView = z.infer<typeof AccountSchema>;
