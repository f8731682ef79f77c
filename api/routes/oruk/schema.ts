import { z } from 'zod';
import { ErrorReply } from '../auth/schema.ts';

/**
 * Request and response schemas of the Open Referral UK v3 feed. Bad query values are refused with 400 and a
 * message naming the parameter; parameters this feed does not support (postcode, proximity, day...) are ignored.
 * Responses are checked loosely here (the envelope and the main fields); the tests check every response
 * against the UK profile's own JSON Schemas.
 */

const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value);

const wholeNumber = (name: string, min: number, max: number) => z.preprocess(blankIsAbsent, z.coerce
  .number({ error: `${name} must be a whole number` })
  .int(`${name} must be a whole number`)
  .min(min, `${name} must be ${min} or more`)
  .max(max, `${name} must be ${max} or less`)
  .optional()).optional();

const age = (name: string) => z.preprocess(blankIsAbsent, z.coerce
  .number({ error: `${name} must be an age in years` })
  .min(0, `${name} must be 0 or more`)
  .max(120, `${name} must be 120 or less`)
  .optional()).optional();

const identifier = (name: string) => z.preprocess(blankIsAbsent, z.string({ error: `${name} must be given once, as text` })
  .trim()
  .max(200, `${name} is too long`)
  .regex(/^[A-Za-z0-9:._-]+$/, `${name} must be an id from this feed (a UUID)`)
  .optional()).optional();

const words = (name: string) => z.string({ error: `${name} must be given once, as text` }).trim().max(200, `${name} must be 200 characters or fewer`).optional();

const dateTime = z.preprocess(blankIsAbsent, z.string({ error: 'modified_after must be given once' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'modified_after must be a date or date-time, e.g. 2026-01-31 or 2026-01-31T09:00:00Z')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'modified_after is not a real date')
  .transform((value) => new Date(Date.parse(value)).toISOString())
  .optional()).optional();

const paging = {
  page: wholeNumber('page', 1, 1_000_000),
  per_page: wholeNumber('per_page', 1, 500),
};

export const ServicesQuery = z.object({
  text: words('text'),
  /** The OpenAPI description names full-text search `search`; both are accepted. */
  search: words('search'),
  minimum_age: age('minimum_age'),
  maximum_age: age('maximum_age'),
  taxonomy_term_id: identifier('taxonomy_term_id'),
  taxonomy_id: identifier('taxonomy_id'),
  modified_after: dateTime,
  ...paging,
}).refine((q) => q.minimum_age === undefined || q.maximum_age === undefined || q.minimum_age <= q.maximum_age, {
  message: 'minimum_age must not be above maximum_age', path: ['minimum_age'],
});

const PagingQuery = z.object(paging);

const Page = <T extends z.ZodType>(item: T) => z.object({
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(item),
});

const ServiceListItem = z.looseObject({ id: z.uuid(), name: z.string(), status: z.literal('active') });
const Service = z.looseObject({ id: z.uuid(), name: z.string(), status: z.literal('active'), attributes: z.array(z.looseObject({ id: z.uuid() })).optional() });
const TaxonomyTerm = z.looseObject({ id: z.uuid(), name: z.string(), description: z.string(), taxonomy_id: z.uuid(), term: z.string() });
const Taxonomy = z.looseObject({ id: z.uuid(), name: z.string(), description: z.string(), taxonomy_terms: z.array(TaxonomyTerm).optional() });
const IdParams = z.object({ id: z.string().trim().min(1).max(200) });

const tags = ['open referral'];

export const apiDetailsSchema = {
  summary: 'Open Referral UK: which HSDS version and profile this feed follows',
  tags,
  response: { 200: z.object({ version: z.string(), profile: z.url(), openapi_url: z.url() }) },
};

/** A page of `item`s, read with `query`. */
const listSchema = <Q extends z.ZodType, T extends z.ZodType>(summary: string, query: Q, item: T) =>
  ({ summary, tags, querystring: query, response: { 200: Page(item), 400: ErrorReply } });

/** One `item` by its id. */
const getSchema = <T extends z.ZodType>(summary: string, item: T) =>
  ({ summary, tags, params: IdParams, response: { 200: item, 404: ErrorReply } });

export const listServicesSchema = listSchema(
  'Open Referral UK: live services, a page at a time (text searches name and description; ages overlap the range asked for)',
  ServicesQuery, ServiceListItem);
export const getServiceSchema = getSchema('Open Referral UK: one service in full, with its needs, ages, ways in and other attributes', Service);
export const listTaxonomiesSchema = listSchema('Open Referral UK: the vocabulary\'s schemes, as taxonomies', PagingQuery, Taxonomy);
export const getTaxonomySchema = getSchema('Open Referral UK: one taxonomy with its terms', Taxonomy);
export const listTermsSchema = listSchema('Open Referral UK: the vocabulary\'s concepts, as taxonomy terms',
  PagingQuery.extend({ taxonomy_id: identifier('taxonomy_id') }), TaxonomyTerm);
export const getTermSchema = getSchema('Open Referral UK: one taxonomy term', TaxonomyTerm);
