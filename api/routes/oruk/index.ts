import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createOrukFeed } from '../../oruk/feed.ts';
import {
  apiDetailsSchema, getServiceSchema, getTaxonomySchema, getTermSchema, listServicesSchema, listTaxonomiesSchema, listTermsSchema,
} from './schema.ts';

const DEFAULT_PER_PAGE = 50;

/**
 * The graph as an Open Referral UK v3 feed under /oruk: open to anyone, no key, readable from any site
 * (Access-Control-Allow-Origin: * on every answer, errors included, as the UK profile asks).
 */
const orukRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const feed = createOrukFeed(fastify.graph);
  const notFound = (what: string, id: string) => ({ error: 'not_found', message: `There is no ${what} with id "${id}" in this feed.` });

  fastify.addHook('onRequest', async (_request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*');
  });
  fastify.options('/oruk/*', { schema: { hide: true } }, async (_request, reply) => reply
    .header('Access-Control-Allow-Methods', 'GET, OPTIONS')
    .header('Access-Control-Allow-Headers', 'Content-Type, Accept')
    .header('Access-Control-Max-Age', '86400')
    .status(204).send());

  for (const url of ['/oruk', '/oruk/']) {
    fastify.get(url, { schema: apiDetailsSchema }, async () => feed.details());
  }

  fastify.get('/oruk/services', { schema: listServicesSchema }, async (request) => {
    const q = request.query;
    return feed.services({
      text: q.text ?? q.search, minimumAge: q.minimum_age, maximumAge: q.maximum_age, taxonomyTermId: q.taxonomy_term_id,
      taxonomyId: q.taxonomy_id, modifiedAfter: q.modified_after, page: q.page ?? 1, perPage: q.per_page ?? DEFAULT_PER_PAGE,
    });
  });

  fastify.get('/oruk/services/:id', { schema: getServiceSchema }, async (request, reply) => {
    const service = await feed.service(request.params.id);
    return service ?? reply.status(404).send(notFound('service', request.params.id));
  });

  fastify.get('/oruk/taxonomies', { schema: listTaxonomiesSchema }, async (request) =>
    feed.taxonomies(request.query.page ?? 1, request.query.per_page ?? DEFAULT_PER_PAGE));

  fastify.get('/oruk/taxonomies/:id', { schema: getTaxonomySchema }, async (request, reply) =>
    feed.taxonomy(request.params.id) ?? reply.status(404).send(notFound('taxonomy', request.params.id)));

  fastify.get('/oruk/taxonomy_terms', { schema: listTermsSchema }, async (request) =>
    feed.terms(request.query.page ?? 1, request.query.per_page ?? DEFAULT_PER_PAGE, request.query.taxonomy_id));

  fastify.get('/oruk/taxonomy_terms/:id', { schema: getTermSchema }, async (request, reply) =>
    feed.term(request.params.id) ?? reply.status(404).send(notFound('taxonomy term', request.params.id)));

  // Anything else under /oruk (organizations, service_at_locations...) is not served: a 404 a browser can read.
  fastify.get('/oruk/*', { schema: { hide: true } }, async (request, reply) => reply.status(404).send({
    error: 'not_found', message: `This feed does not serve ${request.url.split('?')[0]}. It serves /oruk/services, /oruk/taxonomies and /oruk/taxonomy_terms.`,
  }));
};

export default orukRoutes;
