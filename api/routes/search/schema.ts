import { z } from 'zod';
import { CostType, Delivery, OfferKind } from '../../../ontology/offer.ts';
import { Age, ConceptIdParam, ErrorReply, Kind, PlaceId, Question } from '../discover/schema.ts';

export const SearchQuery = z.object({
  q: Question,
  age: Age.optional(),
  area: PlaceId.optional(),
  need: ConceptIdParam.optional(),
  accessRoute: ConceptIdParam.optional(),
  cost: CostType.optional(),
  category: ConceptIdParam.optional(),
  kind: OfferKind.optional(),
  delivery: Delivery.optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be 1 to 100').max(100, 'must be 1 to 100').default(20),
  offset: z.coerce.number({ error: 'must be a number' }).int().min(0, 'must be 0 or more').max(280, 'must be at most 280 (only the best 300 matches are listed)').default(0),
});

const FacetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

export const SearchReply = z.object({
  /** Matches counted (of the best 300 full-text matches: a larger count is shown as 300). */
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  results: z.array(z.object({
    id: z.string(),
    kind: Kind,
    kindLabel: z.string(),
    name: z.string(),
    summary: z.string(),
    score: z.number(),
    minAge: z.number().nullable(),
    maxAge: z.number().nullable(),
    costType: z.string().nullable(),
    authorityId: z.string().nullable(),
    areas: z.array(z.string()),
  })),
  facets: z.object({
    kind: z.array(FacetValue), cost: z.array(FacetValue), delivery: z.array(FacetValue), accessRoute: z.array(FacetValue),
    need: z.array(FacetValue), category: z.array(FacetValue), area: z.array(FacetValue),
  }),
  /** Concepts the words were read as (their names were searched for too). */
  concepts: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string() })),
});

export const searchSchema = {
  summary: 'Full-text search of services and settings with hard filters (age, area, need, way in, cost, kind of help, kind, delivery) and facet counts',
  tags: ['discovery'],
  querystring: SearchQuery,
  response: { 200: SearchReply, 400: ErrorReply, 503: ErrorReply },
};
