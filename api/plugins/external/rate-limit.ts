import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';

/** Rate limits are declared per route (feedback, sign-in), not globally: reading the Local Offer is never limited. */
export default fp(
  async (fastify) => {
    await fastify.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => ({
        statusCode: context.statusCode,
        error: 'too_many_requests',
        message: `Too many requests. Please wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`,
      }),
    });
  },
  { name: 'rate-limit' },
);
