import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { KIND_LABELS } from '../../../graph/discovery/kinds.ts';
import { BadInputError } from '../../../graph/seam/index.ts';
import { searchSchema } from './schema.ts';

/** GET /api/search: full text over offers, hard filters, facet counts. */
const searchRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/search', { schema: searchSchema }, async (request) => {
    const { q, age, area, need, accessRoute, cost, category, kind, delivery, limit, offset } = request.query;
    if (!/[\p{L}\p{N}]/u.test(q)) throw new BadInputError('The search has no words in it: please type a word or two.');
    const found = await fastify.discovery.search({
      q, limit, offset,
      filters: { age: age === undefined ? null : { min: age, max: age }, area, need, accessRoute, cost, category, kind, delivery },
    });
    return {
      total: found.total, limit, offset,
      results: found.results.map((hit) => ({ ...hit, kindLabel: KIND_LABELS[hit.kind] })),
      facets: found.facets,
      concepts: found.concepts,
    };
  });
};

export default searchRoutes;
