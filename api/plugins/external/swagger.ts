import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** Collects every route's zod schemas into an OpenAPI document (served by routes/docs). */
export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        info: {
          title: 'Local Offer Graph API',
          description: 'A SEND Local Offer as a graph: discovery, search, nodes, neighbourhoods, paths, gaps and feedback.',
          version: '0.1.0',
        },
      },
      transform: jsonSchemaTransform,
    });
  },
  { name: 'swagger' },
);
