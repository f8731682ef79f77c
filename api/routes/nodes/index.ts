import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotFoundError } from '../../../graph/seam/index.ts';
import { neighbourhoodSchema, nodeSchema } from './schema.ts';

/** GET /api/nodes/:id and /api/nodes/:id/neighbourhood. */
const nodeRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/nodes/:id', { schema: nodeSchema }, async (request) => {
    const details = await fastify.discovery.node(request.params.id);
    if (!details) throw new NotFoundError(`There is nothing with the id "${request.params.id}".`);
    return details;
  });

  fastify.get('/api/nodes/:id/neighbourhood', { schema: neighbourhoodSchema }, async (request) => {
    const { depth, limit, kinds } = request.query;
    const found = await fastify.discovery.neighbourhood({ id: request.params.id, depth, limit, kinds: kinds ?? [] });
    if (!found) throw new NotFoundError(`There is nothing with the id "${request.params.id}" (or it has been retired).`);
    return found;
  });
};

export default nodeRoutes;
