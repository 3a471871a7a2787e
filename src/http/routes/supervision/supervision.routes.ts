import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actOnNotice } from '../../../services/supervision/act-on-notice';
import { issueNotice } from '../../../services/supervision/issue-notice';
import { getNotice, listNotices } from '../../../services/supervision/list-notices';
import { addNoticeAttachment, readNoticeAttachment } from '../../../services/supervision/notice-attachments';
import { planLights } from '../../../services/supervision/plan-lights';
import { getSupervisionSettings, saveSupervisionSettings } from '../../../services/supervision/supervision-settings';
import type { BlobStore } from '../../../storage/blob-store';
import { requireAccount } from '../../authentication';
import { readUploadedFile, sendDownload } from '../../downloads';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { AttachmentSchema, IssueNoticeBodySchema, LightsSchema, NoticeActionBodySchema, NoticeDetailSchema, NoticeListQuerySchema, NoticeSchema, ThresholdsSchema } from './supervision.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const PlanParams = z.object({ planId: z.uuid() });
const IdParams = z.object({ id: z.uuid() });
const ACTIONS = ['sign', 'respond', 'return', 'close'] as const;

/** Supervision: lights, notices (督办单) and their lifecycle, escalation thresholds. */
export const supervisionRoutes =
  (deps: RouteDeps & { blobs: BlobStore }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/:planId/supervision/lights',
      { schema: { tags: ['supervision'], summary: 'Red, yellow and green lights for every task, indicator and unit, with reasons', params: PlanParams, response: { 200: LightsSchema, ...errors } } },
      async (request) => planLights(deps.store, requireAccount(request).actor, request.params.planId, deps.clock()),
    );

    app.get(
      '/api/plans/:planId/supervision/settings',
      { schema: { tags: ['supervision'], summary: 'When notices turn yellow and red', params: PlanParams, response: { 200: ThresholdsSchema, ...errors } } },
      async (request) => getSupervisionSettings(deps.store, requireAccount(request).actor, request.params.planId),
    );

    app.put(
      '/api/plans/:planId/supervision/settings',
      { schema: { tags: ['supervision'], summary: 'Set the escalation thresholds (office, supervisor)', params: PlanParams, body: ThresholdsSchema, response: { 200: ThresholdsSchema, ...errors } } },
      async (request) => saveSupervisionSettings(deps.store, requireAccount(request).actor, request.params.planId, request.body, contextOf(request, deps.clock())),
    );

    app.get(
      '/api/plans/:planId/notices',
      { schema: { tags: ['supervision'], summary: "The plan's notices (a unit sees its own inbox)", params: PlanParams, querystring: NoticeListQuerySchema, response: { 200: z.object({ notices: z.array(NoticeSchema) }), ...errors } } },
      async (request) => ({
        notices: await listNotices(deps.store, requireAccount(request).actor, request.params.planId, { unitId: request.query.unitId, statuses: request.query.status }, deps.clock()),
      }),
    );

    app.post(
      '/api/plans/:planId/notices',
      { schema: { tags: ['supervision'], summary: 'Issue a supervision notice to a unit (supervisor, office)', params: PlanParams, body: IssueNoticeBodySchema, response: { 201: NoticeSchema, ...errors } } },
      async (request, reply) =>
        reply.status(201).send(await issueNotice(deps.store, requireAccount(request).actor, { planId: request.params.planId, ...request.body }, contextOf(request, deps.clock()))),
    );

    app.get(
      '/api/notices/:id',
      { schema: { tags: ['supervision'], summary: 'A notice with its history and evidence', params: IdParams, response: { 200: NoticeDetailSchema, ...errors } } },
      async (request) => getNotice(deps.store, requireAccount(request).actor, request.params.id, deps.clock()),
    );

    for (const action of ACTIONS) {
      app.post(
        `/api/notices/:id/${action}`,
        { schema: { tags: ['supervision'], summary: `Notice lifecycle: ${action}`, params: IdParams, body: NoticeActionBodySchema, response: { 200: NoticeSchema, ...errors } } },
        async (request) => actOnNotice(deps.store, requireAccount(request).actor, request.params.id, action, request.body, contextOf(request, deps.clock())),
      );
    }

    app.post(
      '/api/notices/:id/attachments',
      { schema: { tags: ['supervision'], summary: 'Attach evidence to the response (pdf, docx, xlsx, jpg, png; ≤ 20 MB)', params: IdParams, response: { 201: AttachmentSchema, ...errors } } },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const file = await readUploadedFile(request);
        return reply.status(201).send(await addNoticeAttachment(deps.store, deps.blobs, actor, request.params.id, file, contextOf(request, deps.clock())));
      },
    );

    app.get(
      '/api/notice-attachments/:id',
      { schema: { tags: ['supervision'], summary: "Download a notice's evidence file", params: IdParams } },
      async (request, reply) => {
        const file = await readNoticeAttachment(deps.store, deps.blobs, requireAccount(request).actor, request.params.id);
        return sendDownload(reply, file.fileName, file.mediaType, file.bytes);
      },
    );
  };
