import type { FastifyInstance } from 'fastify';

/**
 * Answers under /api/ carry people's data and are never kept by a browser or a proxy
 * (`cache-control: no-store`): a county office PC is often shared, and the next person at it
 * must find nothing of the last one's reports or accounts in its cache (等保 2.0, 剩余信息保护).
 * Errors included. A route that sets its own cache-control keeps it (downloads already say
 * no-store). The web app's files are outside /api and keep their own rules (web-app.ts).
 */
export function installApiNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
