import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actOnReport } from '../../../services/reporting/act-on-report';
import { addAttachment, readAttachment, removeAttachment } from '../../../services/reporting/attachments';
import { listMyObligations } from '../../../services/reporting/list-my-obligations';
import { openReport } from '../../../services/reporting/open-report';
import { getReportWithVersions, listTaskReports } from '../../../services/reporting/report-lists';
import { saveReport } from '../../../services/reporting/save-report';
import type { BlobStore } from '../../../storage/blob-store';
import { requireAccount } from '../../authentication';
import { readUploadedFile, sendDownload } from '../../downloads';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { ActionBodySchema, AttachmentSchema, ObligationSchema, OpenReportBodySchema, ReportDetailSchema, ReportSchema, SaveReportBodySchema, TaskReportsSchema } from './reporting.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const IdParams = z.object({ id: z.uuid() });
const ACTIONS = ['submit', 'approve', 'send-back', 'accept', 'return'] as const;

/** Unit reports: the unit's worklist, writing, the approval and review workflow, evidence. */
export const reportsRoutes =
  (deps: RouteDeps & { blobs: BlobStore }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/me/obligations',
      { schema: { tags: ['reporting'], summary: 'My tasks this quarter: what my unit owes in the open periods', response: { 200: z.object({ obligations: z.array(ObligationSchema) }), ...errors } } },
      async (request) => ({ obligations: await listMyObligations(deps.store, requireAccount(request).actor, deps.clock()) }),
    );

    app.post(
      '/api/reports',
      { schema: { tags: ['reporting'], summary: 'Open the report a unit owes (created as a draft the first time)', body: OpenReportBodySchema, response: { 200: ReportSchema, ...errors } } },
      async (request) => openReport(deps.store, requireAccount(request).actor, request.body, contextOf(request, deps.clock())),
    );

    app.get(
      '/api/reports/:id',
      { schema: { tags: ['reporting'], summary: 'A report with every submitted version and its evidence', params: IdParams, response: { 200: ReportDetailSchema, ...errors } } },
      async (request) => getReportWithVersions(deps.store, requireAccount(request).actor, request.params.id, deps.clock()),
    );

    app.put(
      '/api/reports/:id',
      { schema: { tags: ['reporting'], summary: 'Save a draft (optimistic locking: 409 with the current report when stale)', params: IdParams, body: SaveReportBodySchema, response: { 200: ReportSchema, ...errors } } },
      async (request) => saveReport(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );

    for (const action of ACTIONS) {
      app.post(
        `/api/reports/:id/${action}`,
        { schema: { tags: ['reporting'], summary: `Report workflow: ${action}`, params: IdParams, body: ActionBodySchema, response: { 200: ReportSchema, ...errors } } },
        async (request) =>
          actOnReport(deps.store, requireAccount(request).actor, request.params.id, action === 'send-back' ? 'send_back' : action, request.body, contextOf(request, deps.clock())),
      );
    }

    app.get(
      '/api/periods/:periodId/tasks/:taskId/reports',
      {
        schema: {
          tags: ['reporting'],
          summary: "A task's reports in a period: the lead unit sees every responsible unit's",
          params: z.object({ periodId: z.uuid(), taskId: z.uuid() }),
          response: { 200: TaskReportsSchema, ...errors },
        },
      },
      async (request) => listTaskReports(deps.store, requireAccount(request).actor, request.params.periodId, request.params.taskId, deps.clock()),
    );

    app.post(
      '/api/reports/:id/attachments',
      { schema: { tags: ['reporting'], summary: 'Attach evidence (pdf, docx, xlsx, jpg, png; ≤ 20 MB; checked by content)', params: IdParams, response: { 201: AttachmentSchema, ...errors } } },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const file = await readUploadedFile(request);
        return reply.status(201).send(await addAttachment(deps.store, deps.blobs, actor, request.params.id, file, contextOf(request, deps.clock())));
      },
    );

    app.get(
      '/api/attachments/:id',
      { schema: { tags: ['reporting'], summary: 'Download an evidence file', params: IdParams } },
      async (request, reply) => {
        const file = await readAttachment(deps.store, deps.blobs, requireAccount(request).actor, request.params.id);
        return sendDownload(reply, file.fileName, file.mediaType, file.bytes);
      },
    );

    app.delete(
      '/api/attachments/:id',
      { schema: { tags: ['reporting'], summary: 'Remove an evidence file from a report still being written (draft or returned)', params: IdParams, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await removeAttachment(deps.store, requireAccount(request).actor, request.params.id, contextOf(request, deps.clock()));
        return reply.status(204).send(null);
      },
    );
  };
