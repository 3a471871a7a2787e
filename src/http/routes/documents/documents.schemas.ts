import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../domain/documents/document-model';
import { DocumentModelSchema } from '../../../domain/documents/document-model.schema';

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]);
const PeriodKeySchema = z.string().regex(/^\d{4}(Q[1-4]|M(0[1-9]|1[0-2])|H[12])?$/, 'a period key such as 2024Q4');

export const GenerateBodySchema = z.object({ kind: DocumentKindSchema, periodKey: PeriodKeySchema });
export const EditBodySchema = z.object({ version: z.number().int().positive(), model: DocumentModelSchema });
export const IssueBodySchema = z.object({ version: z.number().int().positive() });

export const SettingsSchema = z.object({
  numberPrefix: z.string().trim().min(2, 'at least 2 characters').max(20),
  issuer: z.string().trim().min(2).max(100),
  recipients: z.string().trim().max(300),
  copyTo: z.array(z.string().trim().min(1).max(100)).max(50),
});

const Base = {
  id: z.string(),
  kind: DocumentKindSchema,
  periodKey: z.string(),
  status: z.enum(['draft', 'issued']),
  title: z.string(),
  number: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  issuedAt: z.string().nullable(),
};
export const DocumentSummarySchema = z.object(Base);
export const DocumentSchema = z.object({ ...Base, planId: z.string(), sha256: z.string().nullable(), model: DocumentModelSchema });

/* Types the web app imports (type-only, @server alias). */
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;
export type DocumentDetail = z.infer<typeof DocumentSchema>;
export type DocumentSettings = z.infer<typeof SettingsSchema>;
