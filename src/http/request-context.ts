import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../services/request-context';

/** Services get time and client facts as parameters, never from globals. */
export function contextOf(request: FastifyRequest, now: Date): RequestContext {
  const userAgent = request.headers['user-agent'];
  return { now, ip: request.ip ?? null, userAgent: userAgent ? userAgent.slice(0, 512) : null };
}
