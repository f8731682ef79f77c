import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BadInputError } from '../../../graph/seam/index.ts';
import { discoverSchema } from './schema.ts';

/** GET /api/discover: the fixed contract of ../shared/design.md (extra fields allowed). */
const discoverRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/discover', { schema: discoverSchema }, async (request) => {
    const { q, age, area, limit, concepts, exclude } = request.query;
    if (!/[\p{L}\p{N}]/u.test(q)) throw new BadInputError('The question has no words in it: please type what you are looking for.');
    return fastify.discovery.discover({ q, age: age ?? null, area: area ?? null, limit, concepts: concepts ?? [], exclude: exclude ?? [] });
  });
};

export default discoverRoutes;
