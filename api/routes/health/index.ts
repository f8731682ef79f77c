import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readDatabaseHealth } from '../../../graph/health/read-health.ts';
import { healthSchema } from './schema.ts';

const healthRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/health', { schema: healthSchema }, async (_request, reply) => {
    try {
      const health = await readDatabaseHealth(fastify.graph);
      return reply.status(200).send({ status: 'ok' as const, ...health });
    } catch (error) {
      fastify.graphAvailability.markDown(); // other routes answer 503 at once until the probe finds it back
      const reason = error instanceof Error ? error.message : 'unknown';
      return reply.status(503).send({ status: 'unavailable' as const, reason: `The database cannot be reached: ${reason}` });
    }
  });
};

export default healthRoutes;
