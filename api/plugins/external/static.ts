import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Serves the built web app at `/`. Paths outside /api and /oruk that match no file get index.html,
 * so links into the app (which hold its state in the URL) open the app.
 */
export default fp(
  async (fastify) => {
    if (!existsSync(WEB_ROOT)) {
      fastify.log.warn(`The web app is not built (${WEB_ROOT} is missing): run npm run build:web`);
      return;
    }
    await fastify.register(fastifyStatic, { root: WEB_ROOT, prefix: '/', wildcard: false, index: ['index.html'] });
  },
  { name: 'static' },
);
