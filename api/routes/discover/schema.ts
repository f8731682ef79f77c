import { z } from 'zod';
import { NODE_KINDS } from '../../../graph/discovery/kinds.ts';

/** The body of every 4xx and 5xx answer (plugins/app/error-handler.ts). */
export const ErrorReply = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** A question in plain words: at least one character that is not a space, at most 500. */
export const Question = z.string({ error: 'q must be a piece of text' })
  .trim()
  .min(1, 'type a question or a few words')
  .max(500, 'keep the question under 500 characters');

export const ConceptIdParam = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9.-]{0,120}$/, 'must be a concept id such as need:autism');

/** A list of concept ids: `a,b` or the parameter repeated. */
export const ConceptIdList = z.union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))
  .pipe(z.array(ConceptIdParam).max(30, 'at most 30 concepts'));

export const PlaceId = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be an area or authority id such as ashcombe');

export const Age = z.coerce.number({ error: 'must be a number' }).int('must be a whole number of years').min(0, 'must be 0 to 25').max(25, 'must be 0 to 25');

export const Kind = z.enum(NODE_KINDS);

export const DiscoverQuery = z.object({
  q: Question,
  age: Age.optional(),
  area: PlaceId.optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be 1 to 100').max(100, 'must be 1 to 100').default(20),
  concepts: ConceptIdList.optional(),
  exclude: ConceptIdList.optional(),
});

const UnderstoodConcept = z.object({
  id: z.string(),
  kind: Kind,
  name: z.string(),
  matched: z.string().nullable(),
  how: z.enum(['label', 'synonym', 'misspelling', 'typo', 'ontology', 'chosen']),
  confidence: z.number(),
  negated: z.boolean(),
  readAs: z.string().optional(),
});

export const Interpretation = z.object({
  concepts: z.array(UnderstoodConcept),
  age: z.number().int().nullable(),
  ageRange: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  ageSource: z.enum(['question', 'parameter']).nullable(),
  ageText: z.string().nullable(),
  area: z.object({ id: z.string(), name: z.string(), kind: z.enum(['area', 'authority']) }).nullable(),
  areaSource: z.enum(['question', 'parameter']).nullable(),
  negated: z.array(z.object({ about: z.string(), text: z.string(), conceptIds: z.array(z.string()) })),
  excluded: z.array(z.string()),
  keywords: z.array(z.string()),
});

export const DiscoverResult = z.object({
  id: z.string(),
  kind: Kind,
  kindLabel: z.string(),
  name: z.string(),
  summary: z.string(),
  score: z.number(),
  why: z.array(z.string()).min(1),
});

export const DiscoverReply = z.object({
  interpretation: Interpretation,
  results: z.array(DiscoverResult),
});

export const discoverSchema = {
  summary: 'Ask in your own words: the provision around your situation, of every kind, each with why it is there',
  description: 'Understands the question (concepts, age, area, statuses said to be missing), spreads from it over the graph and '
    + 'fuses that with full-text search. `concepts` and `exclude` (concept ids, comma separated) correct the interpretation.',
  tags: ['discovery'],
  querystring: DiscoverQuery,
  response: { 200: DiscoverReply, 400: ErrorReply, 503: ErrorReply },
};
