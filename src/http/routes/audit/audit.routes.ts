import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAudit } from '../../../services/audit/export-audit';
import { searchAudit } from '../../../services/audit/search-audit';
import { requireAccount } from '../../authentication';
import { sendDownload, XLSX_MIME } from '../../downloads';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { AuditFilterSchema, AuditPageSchema } from './audit.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

/** The audit trail: search and export, for the auditor only. */
export const auditRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'Search the audit trail (newest first)',
          querystring: AuditFilterSchema.extend({
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: AuditPageSchema, ...errors },
        },
      },
      async (request) => {
        const { actor } = requireAccount(request);
        const { page, pageSize, ...filter } = request.query;
        return searchAudit(deps.store, actor, filter, { page, pageSize });
      },
    );

    app.get(
      '/api/audit/export',
      { schema: { tags: ['audit'], summary: 'The filtered audit trail as .xlsx (audited)', querystring: AuditFilterSchema } },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const file = await exportAudit(deps.store, actor, request.query, contextOf(request, deps.clock()));
        return sendDownload(reply, file.fileName, XLSX_MIME, file.bytes);
      },
    );
  };
