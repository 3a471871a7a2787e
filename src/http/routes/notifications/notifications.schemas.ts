import { z } from 'zod';

/** One in-app notification; `link` is an app path to open (/reports/:id), or null. */
export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

// The web app imports this type (type-only) instead of copying it.
export type NotificationResponse = z.infer<typeof NotificationSchema>;
