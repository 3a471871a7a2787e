import { z } from 'zod';
import { UNIT_KINDS } from '../../../domain/units/unit-rules';

export const UnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  isActive: z.boolean(),
  sortOrder: z.number(),
  memberIds: z.array(z.string()),
});

const name = z.string().trim().min(1, 'name is required').max(64);
const aliases = z.array(z.string().trim().min(1).max(64)).max(20);

export const CreateUnitBodySchema = z.object({
  name,
  kind: z.enum(UNIT_KINDS),
  aliases: aliases.optional(),
  parentId: z.uuid().nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
  memberIds: z.array(z.uuid()).max(500).optional(),
});

export const UpdateUnitBodySchema = CreateUnitBodySchema.partial().extend({ isActive: z.boolean().optional() });

export const UnitParamsSchema = z.object({ id: z.uuid() });
export const RegionQuerySchema = z.object({ regionId: z.uuid().optional() });

/* Types the web app imports (type-only, @server alias). */
export type UnitView = z.infer<typeof UnitSchema>;
export type CreateUnitBody = z.input<typeof CreateUnitBodySchema>;
