import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Serves the built single-page app. Hashed assets are cached for a year; index.html never,
 * so a new release is picked up at the next page load. Any non-API GET that matches no file
 * gets index.html, and the client router takes it from there.
 *
 * The build wrote a .br and a .gz beside each text file (web/precompress.ts): a browser that
 * accepts one gets it as it is (`content-encoding`, `vary: accept-encoding`), any other client
 * the file itself; likewise index.html, when it is big enough to have been compressed. Nothing
 * is compressed per request (compression.ts leaves these routes alone), and the compressed
 * copies get no routes of their own.
 */
export async function installWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (!webRoot || !fs.existsSync(path.join(webRoot, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    // Called with the file actually sent (`….js.br` for a compressed asset).
    setHeaders: (reply, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return sendIndex(reply);
  });
}
