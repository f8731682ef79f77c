import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countOffersForConcept } from '../../../graph/ontology/index.ts';
import { NotFoundError } from '../../../graph/seam/index.ts';
import { allConcepts, conceptById, linksOf, searchConcepts, type Concept } from '../../../ontology/index.ts';
import { getConceptSchema, searchConceptsSchema } from './schema.ts';

const summary = (concept: Concept) => ({ id: concept.id, scheme: concept.scheme, label: concept.label });

/** The SEND vocabulary: concept search (typo tolerant) and one concept with its relations. */
const conceptRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/concepts', { schema: searchConceptsSchema }, async (request) => {
    const { q, scheme, limit } = request.query;
    if (q === undefined) {
      const listed = allConcepts.filter((c) => !scheme || c.scheme === scheme).slice(0, limit);
      return { query: null, results: listed.map((c) => ({ ...summary(c), description: c.description })) };
    }
    const hits = searchConcepts(q, limit, scheme ? { schemes: [scheme] } : {});
    return {
      query: q,
      results: hits.map((hit) => ({
        ...summary(hit.concept),
        description: hit.concept.description,
        matchedLabel: hit.label,
        matchType: hit.matchType,
        score: hit.score,
      })),
    };
  });

  fastify.get('/api/concepts/:id', { schema: getConceptSchema }, async (request) => {
    const concept = conceptById(request.params.id);
    if (!concept) throw new NotFoundError(`There is no concept with the id ${request.params.id}.`);
    const { hiddenLabels: _hidden, ...shown } = concept;
    return {
      concept: shown,
      links: linksOf(concept.id).map((link) => ({
        type: link.type,
        direction: link.direction,
        wording: link.wording,
        concept: summary(link.concept),
      })),
      offers: await countOffersForConcept(fastify.graph, concept.id),
    };
  });
};

export default conceptRoutes;
