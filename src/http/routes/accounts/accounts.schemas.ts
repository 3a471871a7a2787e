import { z } from 'zod';
import { ROLES } from '../../../domain/roles';
import { AccountSchema } from '../auth/auth.schemas';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const AccountAdminSchema = AccountSchema.extend({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isActive: z.boolean(),
  lockedUntil: z.string().nullable(),
  failedLoginCount: z.number(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

export const AccountListSchema = z.object({ accounts: z.array(AccountAdminSchema) });

export const CreateAccountBodySchema = z.object({
  login: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.@-]{2,64}$/, 'login: 2-64 letters, digits or . _ @ -'),
  displayName: z.string().trim().min(1).max(64),
  phone: optionalText(32),
  email: z.email().nullable().optional().or(z.literal('').transform(() => null)),
  unitId: z.uuid().nullable().optional(),
  roles: z.array(z.enum(ROLES)).min(1),
  regionId: z.uuid().nullable().optional(),
  initialPassword: z.string().min(1).max(128).optional(),
});

export const CreatedAccountSchema = z.object({ account: AccountAdminSchema, initialPassword: z.string() });

export const UpdateAccountBodySchema = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  phone: optionalText(32),
  email: z.email().nullable().optional().or(z.literal('').transform(() => null)),
  unitId: z.uuid().nullable().optional(),
  roles: z.array(z.enum(ROLES)).min(1).optional(),
  isActive: z.boolean().optional(),
});

export const AccountParamsSchema = z.object({ id: z.uuid() });
export const AccountQuerySchema = z.object({ search: z.string().trim().max(64).optional() });

/* Types the web app imports (type-only, @server alias). */
export type AccountAdminView = z.infer<typeof AccountAdminSchema>;
export type CreateAccountBody = z.input<typeof CreateAccountBodySchema>;
export type UpdateAccountBody = z.input<typeof UpdateAccountBodySchema>;
