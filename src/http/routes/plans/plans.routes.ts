import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { confirmPlanImport } from '../../../services/plans/confirm-plan-import';
import { exportTaskBreakdown } from '../../../services/plans/export-task-breakdown';
import { getPlan, listPlans } from '../../../services/plans/get-plan';
import { getLeadingGroup, listLeadingGroups, saveLeadingGroup } from '../../../services/plans/leading-group';
import { getPlanImport, previewPlanImport } from '../../../services/plans/preview-plan-import';
import { requireAccount } from '../../authentication';
import { readUploadedFile, sendDownload, XLSX_MIME } from '../../downloads';
import { regionOf } from '../../region-of';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { RegionQuerySchema } from '../units/units.schemas';
import { IdParamsSchema, ImportDescriptionSchema, ImportQuerySchema, PlanSummarySchema, PlanViewSchema, UnitOverridesBodySchema } from './plans.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };

/** Plans: the breakdown, and importing a plan document (upload → preview → confirm). */
export const plansRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans',
      { schema: { tags: ['plans'], summary: 'Plans of the county', querystring: RegionQuerySchema, response: { 200: z.object({ plans: z.array(PlanSummarySchema) }), ...errors } } },
      async (request) => {
        const { actor } = requireAccount(request);
        return { plans: await listPlans(deps.store, actor, regionOf(actor, request.query.regionId)) };
      },
    );

    app.get(
      '/api/plans/:id',
      { schema: { tags: ['plans'], summary: 'A plan as its task breakdown: sections, tasks, units, targets, goals, indicators, findings', params: IdParamsSchema, response: { 200: PlanViewSchema, ...errors } } },
      async (request) => {
        const { actor } = requireAccount(request);
        return getPlan(deps.store, actor, request.params.id);
      },
    );

    const LeadingGroupSchema = z.object({
      name: z.string().trim().max(100),
      officeUnitId: z.uuid().nullable(),
      members: z
        .array(z.object({ position: z.enum(['head', 'deputy_head', 'member']), personTitle: z.string().trim().max(100).nullable(), unitId: z.uuid().nullable() }))
        .max(200),
    });

    app.get(
      '/api/plans/:id/leading-group',
      { schema: { tags: ['plans'], summary: "The plan's leading group: office host unit, head, deputy heads, member units", params: IdParamsSchema, response: { 200: LeadingGroupSchema, ...errors } } },
      async (request) => getLeadingGroup(deps.store, requireAccount(request).actor, request.params.id),
    );

    app.get(
      '/api/leading-groups',
      {
        schema: {
          tags: ['plans'],
          summary: "Every plan's leading group (for the organisation pages; admin included)",
          querystring: RegionQuerySchema,
          response: { 200: z.object({ groups: z.array(z.object({ planId: z.string(), planTitle: z.string(), group: LeadingGroupSchema })) }), ...errors },
        },
      },
      async (request) => {
        const { actor } = requireAccount(request);
        return { groups: await listLeadingGroups(deps.store, actor, regionOf(actor, request.query.regionId)) };
      },
    );

    app.put(
      '/api/plans/:id/leading-group',
      { schema: { tags: ['plans'], summary: 'Set the leading group (admin or office)', params: IdParamsSchema, body: LeadingGroupSchema, response: { 200: LeadingGroupSchema, ...errors } } },
      async (request) => saveLeadingGroup(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );

    app.get(
      '/api/plans/:id/breakdown.xlsx',
      { schema: { tags: ['plans'], summary: 'The task breakdown table (任务分解表) as .xlsx', params: IdParamsSchema } },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const file = await exportTaskBreakdown(deps.store, actor, request.params.id, contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, XLSX_MIME, file.bytes);
      },
    );

    app.post(
      '/api/plans/imports',
      {
        schema: {
          tags: ['plans'],
          summary: 'Upload a plan document (.txt, .html, .docx; UTF-8 or GBK) for preview; `planId` to revise an existing plan',
          querystring: ImportQuerySchema,
          response: { 201: ImportDescriptionSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const regionId = regionOf(actor, request.query.regionId);
        const file = await readUploadedFile(request);
        const description = await previewPlanImport(
          deps.store,
          actor,
          { regionId, planId: request.query.planId ?? null, fileName: file.fileName, bytes: file.bytes },
          contextOf(request, deps.clock()),
        );
        return reply.status(201).send(description);
      },
    );

    app.post(
      '/api/plans/imports/:id/preview',
      { schema: { tags: ['plans'], summary: 'The preview again, with unit mappings applied', params: IdParamsSchema, body: UnitOverridesBodySchema, response: { 200: ImportDescriptionSchema, ...errors } } },
      async (request) => {
        const { actor } = requireAccount(request);
        return getPlanImport(deps.store, actor, request.params.id, request.body.unitOverrides ?? {});
      },
    );

    app.post(
      '/api/plans/imports/:id/confirm',
      {
        schema: {
          tags: ['plans'],
          summary: 'Confirm a previewed import: creates or updates the plan and its units',
          params: IdParamsSchema,
          body: UnitOverridesBodySchema,
          response: { 200: z.object({ planId: z.string(), description: ImportDescriptionSchema }), ...errors },
        },
      },
      async (request) => {
        const { actor } = requireAccount(request);
        return confirmPlanImport(deps.store, actor, request.params.id, request.body, contextOf(request, deps.clock()));
      },
    );
  };
