import type { FastifyPluginAsync } from 'fastify';

/** The OpenAPI document generated from the routes' zod schemas. */
const docsRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get('/api/docs', { schema: { hide: true } }, async () => fastify.swagger());
};

export default docsRoutes;
