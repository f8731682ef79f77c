import { z } from 'zod';
import { ConceptId, LifeStage, SchemeId } from '../../../ontology/index.ts';

export const ConceptSearchQuery = z.object({
  q: z.string().trim().min(1, 'type at least one letter').max(200, 'keep it under 200 characters').optional(),
  scheme: SchemeId.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(20),
});

/** A concept in brief, as lists and links show it. */
export const ConceptSummary = z.object({ id: z.string(), scheme: SchemeId, label: z.string() });

export const ConceptSearchReply = z.object({
  query: z.string().nullable(),
  results: z.array(ConceptSummary.extend({
    description: z.string(),
    /** The label, alternative or hidden label that matched (absent when listing without a query). */
    matchedLabel: z.string().optional(),
    matchType: z.enum(['exact', 'prefix', 'fuzzy']).optional(),
    score: z.number().optional(),
  })),
});

export const ConceptDetail = ConceptSummary.extend({
  description: z.string(),
  altLabels: z.array(z.string()),
  source: z.string(),
  url: z.string().optional(),
  minAge: z.number().int().optional(),
  maxAge: z.number().int().optional(),
  timescale: z.string().optional(),
  forFamilies: z.string().optional(),
  lifeStage: LifeStage.optional(),
  questionSet: z.string().optional(),
  order: z.number().int().optional(),
});

export const ConceptReply = z.object({
  concept: ConceptDetail,
  /** Every related concept, both directions, with the relation in plain English from this concept's side. */
  links: z.array(z.object({
    type: z.string(),
    direction: z.enum(['out', 'in']),
    wording: z.string(),
    concept: ConceptSummary,
  })),
  /** Live offers in the graph linked straight to this concept. */
  offers: z.number().int(),
});

const ErrorReply = z.object({ error: z.string(), message: z.string() });

export const searchConceptsSchema = {
  summary: 'Find concepts (needs, pathways, rights, laws...) by any label, synonym or common misspelling; without q, list a scheme',
  tags: ['ontology'],
  querystring: ConceptSearchQuery,
  response: { 200: ConceptSearchReply },
};

export const getConceptSchema = {
  summary: 'One concept with its relations in both directions, each said in plain English',
  tags: ['ontology'],
  params: z.object({ id: ConceptId.max(120) }),
  response: { 200: ConceptReply, 404: ErrorReply },
};
