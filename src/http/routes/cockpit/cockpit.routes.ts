import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportCockpit } from '../../../services/cockpit/export-cockpit';
import { getCockpit, type CockpitQuery } from '../../../services/cockpit/get-cockpit';
import { getTaskReports, getUnitObligations } from '../../../services/cockpit/drill-down';
import { requireAccount } from '../../authentication';
import { sendDownload, XLSX_MIME } from '../../downloads';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { CockpitQuerySchema, CockpitSchema, TaskReportsSchema, UnitObligationsSchema } from './cockpit.schemas';
import { sharedSerializerCompiler } from './shared-serializer';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const PlanParams = z.object({ planId: z.uuid() });

const queryOf = (q: z.infer<typeof CockpitQuerySchema>): CockpitQuery => ({ year: q.year ?? null, quarter: q.quarter ?? null, sectionId: q.section ?? null, unitKind: q.unitKind ?? null });

/** The leadership cockpit: one live response for the page, its .xlsx, and the drill-downs. */
export const cockpitRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // This plugin's routes only (Fastify encapsulation): coalesced requests share their JSON too.
    app.setSerializerCompiler(sharedSerializerCompiler);

    app.get(
      '/api/plans/:planId/cockpit',
      {
        schema: {
          tags: ['cockpit'],
          summary: 'Where the plan stands: headline figures, indicators, tasks, unit rankings, overdue reports, rates by quarter',
          params: PlanParams,
          querystring: CockpitQuerySchema,
          response: { 200: CockpitSchema, ...errors },
        },
      },
      async (request) => getCockpit(deps.store, requireAccount(request).actor, request.params.planId, queryOf(request.query), deps.clock()),
    );

    app.get(
      '/api/plans/:planId/cockpit.xlsx',
      { schema: { tags: ['cockpit'], summary: "The cockpit's numbers as .xlsx (same filters)", params: PlanParams, querystring: CockpitQuerySchema } },
      async (request, reply) => {
        const file = await exportCockpit(deps.store, requireAccount(request).actor, request.params.planId, queryOf(request.query), contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, XLSX_MIME, file.bytes);
      },
    );

    app.get(
      '/api/plans/:planId/cockpit/tasks/:taskId',
      {
        schema: { tags: ['cockpit'], summary: "One task's reports by unit across quarters", params: PlanParams.extend({ taskId: z.uuid() }), response: { 200: TaskReportsSchema, ...errors } },
      },
      async (request) => getTaskReports(deps.store, requireAccount(request).actor, request.params.planId, request.params.taskId, deps.clock()),
    );

    app.get(
      '/api/plans/:planId/cockpit/units/:unitId',
      {
        schema: { tags: ['cockpit'], summary: 'Everything one unit owes and the state of each', params: PlanParams.extend({ unitId: z.uuid() }), response: { 200: UnitObligationsSchema, ...errors } },
      },
      async (request) => getUnitObligations(deps.store, requireAccount(request).actor, request.params.planId, request.params.unitId, deps.clock()),
    );
  };
