import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportUnits } from '../../../services/units/export-units';
import { importUnits } from '../../../services/units/import-units';
import { getUnitWorkspace } from '../../../services/units/get-unit-workspace';
import { listUnits } from '../../../services/units/list-units';
import { createUnit, updateUnit } from '../../../services/units/save-unit';
import { requireAccount } from '../../authentication';
import { readUploadedFile, sendDownload, XLSX_MIME } from '../../downloads';
import { regionOf } from '../../region-of';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { CreateUnitBodySchema, RegionQuerySchema, UnitParamsSchema, UnitSchema, UpdateUnitBodySchema } from './units.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };

/** The county's unit registry: read by every business role, changed by admin and office. */
export const unitsRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/units',
      { schema: { tags: ['units'], summary: 'Units and groups of the county', querystring: RegionQuerySchema, response: { 200: z.object({ units: z.array(UnitSchema) }), ...errors } } },
      async (request) => {
        const { actor } = requireAccount(request);
        return { units: await listUnits(deps.store, actor, regionOf(actor, request.query.regionId)) };
      },
    );

    app.post(
      '/api/units',
      { schema: { tags: ['units'], summary: 'Add a unit or group', querystring: RegionQuerySchema, body: CreateUnitBodySchema, response: { 201: z.object({ unit: UnitSchema }), ...errors } } },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const unit = await createUnit(deps.store, actor, regionOf(actor, request.query.regionId), request.body, contextOf(request, deps.clock()));
        return reply.status(201).send({ unit });
      },
    );

    app.get(
      '/api/units/export',
      { schema: { tags: ['units'], summary: 'The registry as .xlsx (also the import template)', querystring: RegionQuerySchema } },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const file = await exportUnits(deps.store, actor, regionOf(actor, request.query.regionId), contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, XLSX_MIME, file.bytes);
      },
    );

    app.post(
      '/api/units/import',
      {
        schema: {
          tags: ['units'],
          summary: 'Import an edited registry (.xlsx, multipart field "file"): all rows or none',
          querystring: RegionQuerySchema,
          response: { 200: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }), ...errors },
        },
      },
      async (request) => {
        const { actor } = requireAccount(request);
        const regionId = regionOf(actor, request.query.regionId);
        const file = await readUploadedFile(request);
        return importUnits(deps.store, actor, regionId, file.bytes, contextOf(request, deps.clock()));
      },
    );

    app.get(
      '/api/units/:id/workspace',
      {
        schema: {
          tags: ['units'],
          summary: "A unit's workspace: the tasks it leads, is responsible for or cooperates on",
          params: UnitParamsSchema,
          response: {
            200: z.object({
              unit: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
              tasks: z.array(
                z.object({
                  planId: z.string(),
                  planTitle: z.string(),
                  taskId: z.string(),
                  number: z.number(),
                  title: z.string(),
                  section: z.string(),
                  role: z.enum(['lead', 'responsible', 'cooperating']),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const { actor } = requireAccount(request);
        return getUnitWorkspace(deps.store, actor, request.params.id);
      },
    );

    app.patch(
      '/api/units/:id',
      { schema: { tags: ['units'], summary: 'Change a unit: name, aliases, kind, parent, members, active flag', params: UnitParamsSchema, body: UpdateUnitBodySchema, response: { 200: z.object({ unit: UnitSchema }), ...errors } } },
      async (request) => {
        const { actor } = requireAccount(request);
        return { unit: await updateUnit(deps.store, actor, request.params.id, request.body, contextOf(request, deps.clock())) };
      },
    );
  };
