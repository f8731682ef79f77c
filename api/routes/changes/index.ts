import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createChangeRepository, type Changes } from '../../../graph/changes/change-repository.ts';
import { auditSchema, decideSchema, listChangesSchema, proposeSchema } from './schema.ts';

const changeRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const changes = createChangeRepository(fastify.graph);

  fastify.post('/api/offers/:id/changes', { schema: proposeSchema, preHandler: fastify.requireRole('provider', 'reviewer') }, async (request, reply) => {
    const id = await changes.propose(request.params.id, request.body.changes as Changes, request.body.note, request.user);
    return reply.status(202).send({ id, status: 'pending' as const });
  });

  fastify.get('/api/changes', { schema: listChangesSchema, preHandler: fastify.requireRole('reviewer') }, async (request) => ({
    changes: await changes.list(request.query.status),
  }));

  fastify.post('/api/changes/:id/decision', { schema: decideSchema, preHandler: fastify.requireRole('reviewer') }, async (request) => ({
    change: await changes.decide(request.params.id, request.body.decision, request.body.note, request.user),
  }));

  fastify.get('/api/audit', { schema: auditSchema, preHandler: fastify.requireRole('reviewer') }, async (request) => ({
    events: await changes.audit(request.query.offer),
  }));
};

export default changeRoutes;
