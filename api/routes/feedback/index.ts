import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createFeedbackRepository } from '../../../graph/feedback/feedback-repository.ts';
import { giveFeedbackSchema, listFeedbackSchema, publishedFeedbackSchema, updateFeedbackSchema } from './schema.ts';

const THANKS = 'Thank you. Your feedback has reached the Local Offer team; we publish what we hear and what we do about it.';

const feedbackRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const feedback = createFeedbackRepository(fastify.graph);

  fastify.post('/api/feedback', {
    schema: giveFeedbackSchema,
    bodyLimit: 16 * 1024,
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { website, ...body } = request.body;
    // A filled honeypot is a bot: answer as usual so it learns nothing, but keep nothing.
    if (website) return reply.status(201).send({ id: 'received', status: 'new' as const, message: THANKS });
    const id = await feedback.create(body);
    return reply.status(201).send({ id, status: 'new' as const, message: THANKS });
  });

  fastify.get('/api/feedback', { schema: listFeedbackSchema, preHandler: fastify.requireRole('reviewer') }, async (request) => ({
    feedback: await feedback.list(request.query.status),
  }));

  fastify.patch('/api/feedback/:id', { schema: updateFeedbackSchema, preHandler: fastify.requireRole('reviewer') }, async (request) => ({
    feedback: await feedback.update(request.params.id, request.body),
  }));

  fastify.get('/api/feedback/published', { schema: publishedFeedbackSchema }, async () => ({ feedback: await feedback.published() }));
};

export default feedbackRoutes;
