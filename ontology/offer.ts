import { z } from 'zod';

/**
 * The one normalised Offer model. Every reader (ORUK v3/v1, Outpost, CSV, offer documents) produces
 * these, whatever its source looked like; enrichment then links them to ontology concepts.
 * Free-text fields keep the provider's own words; nothing here is inferred.
 */

/** What kind of provision: a service (a team, a club, a scheme), or a setting (a school, nursery, college). */
export const OfferKind = z.enum(['service', 'setting']);
export type OfferKind = z.infer<typeof OfferKind>;

/** How much it costs, as far as the source says. */
export const CostType = z.enum(['free', 'paid', 'subsidised', 'varies', 'unknown']);
export type CostType = z.infer<typeof CostType>;

/** How it is delivered. */
export const Delivery = z.enum(['in person', 'online', 'telephone', 'home visits']);
export type Delivery = z.infer<typeof Delivery>;

const text = (max: number) => z.string().trim().max(max);

export const OfferLocation = z.object({
  id: text(200).optional(),
  name: text(300).optional(),
  address: text(500).optional(),
  postcode: text(12).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  accessibility: z.array(text(300)).default([]),
});
export type OfferLocation = z.infer<typeof OfferLocation>;

export const OfferContact = z.object({
  name: text(200).optional(),
  role: text(200).optional(),
  phone: text(50).optional(),
  email: text(200).optional(),
});
export type OfferContact = z.infer<typeof OfferContact>;

/** One answer to one framework question, as the provider wrote the question. */
export const FrameworkAnswer = z.object({
  question: text(500).min(1),
  /** The ontology question concept it answers, when the reader could tell. */
  questionId: text(100).optional(),
  text: text(20_000),
});
export type FrameworkAnswer = z.infer<typeof FrameworkAnswer>;

export const Offer = z.object({
  /** The source it came from, e.g. "brackenshire/oruk-v3"; with sourceId, its identity. */
  source: text(200).min(1),
  sourceId: text(200).min(1),
  authorityId: text(100).min(1),
  kind: OfferKind,
  name: text(300).min(1),
  summary: text(1_000).optional(),
  description: text(50_000).default(''),
  /** For settings: the type as written ("special school", "pre-school"). */
  settingType: text(200).optional(),
  organisation: z.object({ id: text(200).optional(), name: text(300).min(1), url: text(500).optional(), description: text(5_000).optional() }).optional(),
  /** Needs as the source names them (a field, not free text). */
  needs: z.array(text(200)).default([]),
  minAge: z.number().int().min(0).max(120).optional(),
  maxAge: z.number().int().min(0).max(120).optional(),
  eligibility: text(5_000).optional(),
  /** The access route as written ("open access", "GP referral", "EHC plan"). */
  accessRoute: text(300).optional(),
  referral: text(5_000).optional(),
  cost: z.object({ type: CostType, detail: text(2_000).optional() }).default({ type: 'unknown' }),
  waitingTime: text(500).optional(),
  locations: z.array(OfferLocation).default([]),
  /** Areas served as the source names them (district names or ids, or "all"). */
  areas: z.array(text(200)).default([]),
  contacts: z.array(OfferContact).default([]),
  website: text(500).optional(),
  email: text(200).optional(),
  phone: text(50).optional(),
  openingTimes: text(2_000).optional(),
  delivery: z.array(Delivery).default([]),
  languages: z.array(text(100)).default([]),
  /** Accessibility of premises, as listed. */
  accessibility: z.array(text(300)).default([]),
  /** Who commissions or funds it, as written. */
  commissioners: z.array(text(300)).default([]),
  /** Legislation named by the source, as written. */
  legislation: z.array(text(300)).default([]),
  /** Category or taxonomy terms from the source's own vocabulary. */
  categories: z.array(text(200)).default([]),
  answers: z.array(FrameworkAnswer).default([]),
  /** ISO date (YYYY-MM-DD) when the entry was last checked. */
  lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
}).refine((o) => o.minAge === undefined || o.maxAge === undefined || o.minAge <= o.maxAge, {
  message: 'minimum age is above maximum age', path: ['minAge'],
});
export type Offer = z.infer<typeof Offer>;
export type OfferInput = z.input<typeof Offer>;

/** The relationship types that link an offer to ontology concepts (graph/README.md). */
export const OfferLinkType = z.enum([
  'FOR_NEED', 'FOR_AGE', 'ACCESS_ROUTE', 'IN_CATEGORY', 'ON_PATHWAY', 'UNDER_LAW', 'COMMISSIONED_BY', 'SETTING_TYPE', 'SUPPORTS_PROCESS', 'FOR_OUTCOME',
]);
export type OfferLinkType = z.infer<typeof OfferLinkType>;

/** One link from an offer to a concept: explicit when a field said so, inferred when found in text (with the words that showed it). */
export const ConceptLink = z.object({
  type: OfferLinkType,
  conceptId: z.string().min(1),
  explicit: z.boolean(),
  evidence: z.string().max(300),
});
export type ConceptLink = z.infer<typeof ConceptLink>;
