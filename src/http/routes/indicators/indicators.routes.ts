import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { enterIndicatorValue, reviewIndicatorValue, updateIndicatorSettings } from '../../../services/indicators/indicator-values';
import { chooseGoverningTarget } from '../../../services/indicators/choose-governing-target';
import { listIndicators } from '../../../services/indicators/list-indicators';
import { exportIndicatorsXlsx } from '../../../services/indicators/export-indicators-xlsx';
import { importIndicatorValues } from '../../../services/indicators/import-indicator-values';
import { addValueEvidence, readValueEvidence } from '../../../services/indicators/value-evidence';
import { requireAccount } from '../../authentication';
import { readUploadedFile, sendDownload, XLSX_MIME } from '../../downloads';
import { contextOf } from '../../request-context';
import type { BlobStore } from '../../../storage/blob-store';
import type { RouteDeps } from '../../route-deps';
import { errors, EvidenceSchema, IndicatorSchema } from './indicators.schemas';

/** Indicators: computed status and forecast; baselines and providers (office); actual values. */
export const indicatorsRoutes =
  (deps: RouteDeps & { blobs: BlobStore }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/:planId/indicators',
      {
        schema: {
          tags: ['indicators'],
          summary: "The plan's indicators with computed status, explanation and forecast",
          params: z.object({ planId: z.uuid() }),
          querystring: z.object({ year: z.coerce.number().int().min(1990).max(2200).optional() }),
          response: { 200: z.object({ indicators: z.array(IndicatorSchema) }), ...errors },
        },
      },
      async (request) => {
        const year = request.query.year ?? deps.clock().getFullYear();
        return { indicators: await listIndicators(deps.store, requireAccount(request).actor, request.params.planId, year) };
      },
    );

    app.put(
      '/api/indicators/:id/settings',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Baseline, providing unit, tracking and 左右 tolerance (office)',
          params: z.object({ id: z.uuid() }),
          body: z.object({
            baselineYear: z.number().int().min(1990).max(2200).nullable(),
            baselineValue: z.number().finite().nullable(),
            providerUnitId: z.uuid().nullable(),
            tracking: z.enum(['yearly', 'quarterly_cumulative', 'quarterly_point']),
            tolerance: z.number().min(0).max(1).nullable(),
          }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await updateIndicatorSettings(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock()));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/indicators/:id/values',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Enter an actual value for a year (2024) or quarter (2024Q2)',
          params: z.object({ id: z.uuid() }),
          body: z.object({ period: z.string().regex(/^\d{4}(Q[1-4])?$/, 'a year (2024) or a quarter (2024Q2)'), value: z.number().finite(), source: z.string().max(500), note: z.string().max(2000) }),
          response: { 200: z.object({ id: z.string(), period: z.string(), value: z.number(), status: z.string() }), ...errors },
        },
      },
      async (request) => enterIndicatorValue(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );

    app.post(
      '/api/indicator-values/:id/review',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Accept a value, or return it with a reason (office)',
          params: z.object({ id: z.uuid() }),
          body: z.object({ accept: z.boolean(), reason: z.string().max(1000).optional() }),
          response: { 200: z.object({ id: z.string(), status: z.string() }), ...errors },
        },
      },
      async (request) => reviewIndicatorValue(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );

    app.post(
      '/api/indicator-values/:id/evidence',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Attach evidence to a value (pdf, docx, xlsx, jpg, png; ≤ 20 MB; checked by content)',
          params: z.object({ id: z.uuid() }),
          response: { 201: EvidenceSchema.extend({ uploadedAt: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const file = await readUploadedFile(request);
        return reply.status(201).send(await addValueEvidence(deps.store, deps.blobs, actor, request.params.id, file, contextOf(request, deps.clock())));
      },
    );

    app.get(
      '/api/indicator-evidence/:id',
      { schema: { tags: ['indicators'], summary: "Download a value's evidence file", params: z.object({ id: z.uuid() }) } },
      async (request, reply) => {
        const file = await readValueEvidence(deps.store, deps.blobs, requireAccount(request).actor, request.params.id);
        return sendDownload(reply, file.fileName, file.mediaType, file.bytes);
      },
    );

    app.put(
      '/api/indicators/:id/governing-target',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Where an overall goal and the annual table conflict: which target governs the year (office, audited)',
          params: z.object({ id: z.uuid() }),
          body: z.object({ year: z.number().int().min(1990).max(2200), governs: z.enum(['goal', 'table']) }),
          response: { 200: z.object({ year: z.number(), governs: z.enum(['goal', 'table']), target: z.number().nullable() }), ...errors },
        },
      },
      async (request) => chooseGoverningTarget(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock())),
    );

    app.get(
      '/api/plans/:planId/indicators/xlsx',
      {
        schema: {
          tags: ['indicators'],
          summary: 'The indicator table with actuals and status as .xlsx, also the bulk-entry template',
          params: z.object({ planId: z.uuid() }),
          querystring: z.object({ year: z.coerce.number().int().min(1990).max(2200).optional() }),
        },
      },
      async (request, reply) => {
        const file = await exportIndicatorsXlsx(deps.store, requireAccount(request).actor, request.params.planId, request.query.year ?? null, contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, XLSX_MIME, file.bytes);
      },
    );

    app.post(
      '/api/plans/:planId/indicators/import',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Upload the filled template (.xlsx, multipart field "file"): every value or none, each to be reviewed',
          params: z.object({ planId: z.uuid() }),
          response: { 200: z.object({ entered: z.number(), unchanged: z.number() }), ...errors },
        },
      },
      async (request) => {
        const file = await readUploadedFile(request);
        return importIndicatorValues(deps.store, requireAccount(request).actor, request.params.planId, file.bytes, contextOf(request, deps.clock()));
      },
    );
  };
