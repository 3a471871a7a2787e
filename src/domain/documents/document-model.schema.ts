import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentModel } from './document-model';

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2025-03-25');

/** A document model as the office edits it; the same shape the generators produce. */
export const DocumentBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: text(200).min(1, 'a heading needs text') }),
  z.object({ type: z.literal('paragraph'), text: text(20_000).min(1, 'an empty paragraph: remove it instead') }),
  z.object({ type: z.literal('table'), caption: text(200), columns: z.array(text(100)).min(1).max(12), rows: z.array(z.array(text(2000)).max(12)).max(500) }),
]);

export const DocumentModelSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS as [DocumentModel['kind'], ...DocumentModel['kind'][]]),
  number: z.string().nullable(),
  title: text(200).min(1, 'the title is required'),
  recipients: text(300),
  blocks: z.array(DocumentBlockSchema).min(1, 'the body is empty').max(2000),
  issuer: text(100).min(1, 'the issuer is required'),
  date,
  colophon: z.object({ copyTo: z.array(text(100)).max(50), printedBy: text(100).min(1), printedOn: date }),
}) satisfies z.ZodType<DocumentModel>;
