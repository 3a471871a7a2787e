import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDocumentSettings, saveDocumentSettings } from '../../../services/documents/document-settings';
import { editDocument } from '../../../services/documents/edit-document';
import { exportReportCompilation, exportTimeliness } from '../../../services/documents/export-period-xlsx';
import { generateDocument } from '../../../services/documents/generate-document';
import { issueDocument } from '../../../services/documents/issue-document';
import { downloadDocumentDocx, getDocument, listDocuments } from '../../../services/documents/read-documents';
import type { BlobStore } from '../../../storage/blob-store';
import { requireAccount } from '../../authentication';
import { DOCX_MIME, sendDownload, XLSX_MIME } from '../../downloads';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { DocumentSchema, DocumentSummarySchema, EditBodySchema, GenerateBodySchema, IssueBodySchema, SettingsSchema } from './documents.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const PlanParams = z.object({ planId: z.uuid() });
const IdParams = z.object({ id: z.uuid() });

/** Official documents: generated from a period's data, edited and issued by the office, read by leaders. */
export const documentsRoutes =
  (deps: RouteDeps & { blobs: BlobStore }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/:planId/documents',
      { schema: { tags: ['documents'], summary: "The plan's drafts and issued documents", params: PlanParams, response: { 200: z.object({ documents: z.array(DocumentSummarySchema) }), ...errors } } },
      async (request) => ({ documents: await listDocuments(deps.store, requireAccount(request).actor, request.params.planId) }),
    );

    app.post(
      '/api/plans/:planId/documents',
      { schema: { tags: ['documents'], summary: 'Generate a draft for a period from the data', params: PlanParams, body: GenerateBodySchema, response: { 201: DocumentSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await generateDocument(deps.store, requireAccount(request).actor, request.params.planId, request.body, contextOf(request, deps.clock()))),
    );

    app.get(
      '/api/plans/:planId/document-settings',
      { schema: { tags: ['documents'], summary: 'Numbering prefix (机关代字), issuer and addressees', params: PlanParams, response: { 200: SettingsSchema, ...errors } } },
      async (request) => getDocumentSettings(deps.store, requireAccount(request).actor, request.params.planId),
    );

    app.put(
      '/api/plans/:planId/document-settings',
      { schema: { tags: ['documents'], summary: 'Set the numbering prefix, issuer and addressees', params: PlanParams, body: SettingsSchema, response: { 200: SettingsSchema, ...errors } } },
      async (request) => saveDocumentSettings(deps.store, requireAccount(request).actor, request.params.planId, request.body, contextOf(request, deps.clock())),
    );

    app.get(
      '/api/documents/:id',
      { schema: { tags: ['documents'], summary: 'A document with its model', params: IdParams, response: { 200: DocumentSchema, ...errors } } },
      async (request) => getDocument(deps.store, requireAccount(request).actor, request.params.id),
    );

    app.put(
      '/api/documents/:id',
      { schema: { tags: ['documents'], summary: "Save the office's edits of a draft", params: IdParams, body: EditBodySchema, response: { 200: DocumentSchema, ...errors } } },
      async (request) => editDocument(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );

    app.post(
      '/api/documents/:id/issue',
      { schema: { tags: ['documents'], summary: 'Number and issue a draft; it is archived unchangeable', params: IdParams, body: IssueBodySchema, response: { 200: DocumentSchema, ...errors } } },
      async (request) => issueDocument(deps.store, deps.blobs, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );

    app.get(
      '/api/documents/:id/docx',
      { schema: { tags: ['documents'], summary: 'The document as .docx (GB/T 9704-2012)', params: IdParams } },
      async (request, reply) => {
        const file = await downloadDocumentDocx(deps.store, deps.blobs, requireAccount(request).actor, request.params.id, contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, DOCX_MIME, file.bytes);
      },
    );

    app.get(
      '/api/periods/:id/reports.xlsx',
      { schema: { tags: ['documents'], summary: "Every unit's report of the period (进展情况汇编) as .xlsx", params: IdParams } },
      async (request, reply) => {
        const file = await exportReportCompilation(deps.store, requireAccount(request).actor, request.params.id, contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, XLSX_MIME, file.bytes);
      },
    );

    app.get(
      '/api/periods/:id/timeliness.xlsx',
      { schema: { tags: ['documents'], summary: 'The timeliness table of the period (报送及时情况表) as .xlsx', params: IdParams } },
      async (request, reply) => {
        const file = await exportTimeliness(deps.store, requireAccount(request).actor, request.params.id, contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, XLSX_MIME, file.bytes);
      },
    );
  };
