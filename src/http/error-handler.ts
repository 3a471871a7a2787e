import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError, type ErrorCode } from '../domain/errors';

/** The one place that turns an error code into an HTTP status. */
export const STATUS_OF: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_locked: 423,
  account_disabled: 403,
  password_change_required: 403,
  password_rejected: 400,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal_error: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

function send(reply: FastifyReply, code: ErrorCode, message: string, details?: Record<string, unknown>) {
  const body: ErrorBody = { error: { code, message, ...(details ? { details } : {}) } };
  return reply.status(STATUS_OF[code]).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own 4xx errors (bad JSON, body too large, wrong media type...) keep their status. */
function codeForFrameworkStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  return 'validation_failed';
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isDomainError(error)) {
      return send(reply, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: issue.message ?? 'invalid',
      }));
      return send(reply, 'validation_failed', 'The request is not valid.', { fields });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = codeForFrameworkStatus(status);
      return reply
        .status(status)
        .type('application/json; charset=utf-8')
        .send({ error: { code, message: error.message } } satisfies ErrorBody);
    }
    // 5xx: log everything, tell the client nothing it could use against us.
    request.log.error({ err: error }, 'request failed');
    return send(reply, 'internal_error', 'Something went wrong on the server. The error has been logged.');
  });

  app.setNotFoundHandler((request, reply) => {
    return send(reply, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}`);
  });
}
