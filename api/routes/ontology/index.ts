import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ontologyJsonLd } from '../../../ontology/jsonld.ts';
import { ontologySchema } from './schema.ts';

/** The vocabulary as SKOS JSON-LD. It only changes with a deploy, so it is built once. */
const ontologyRoutes: FastifyPluginAsyncZod = async (fastify) => {
  let document: ReturnType<typeof ontologyJsonLd> | undefined;
  fastify.get('/api/ontology', { schema: ontologySchema }, async (_request, reply) => {
    document ??= ontologyJsonLd();
    return reply.type('application/ld+json; charset=utf-8').header('cache-control', 'public, max-age=3600').send(document);
  });
};

export default ontologyRoutes;
