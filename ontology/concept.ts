import { z } from 'zod';

/**
 * The shapes of the SEND vocabulary: concept schemes, concepts and the typed relations between them.
 * Everything here is data with a zod schema; ontology/ imports nothing from the rest of the project.
 */

/** The concept schemes (one per kind of thing the Local Offer talks about). */
export const SchemeId = z.enum([
  /** A special educational need, disability or health condition, in families' and professionals' words. */
  'need',
  /** A band of ages (0-2, 2-5, 5-11, 11-16, 16-19, 19-25). */
  'ageBand',
  /** A point where things change for a child or young person (starting school, Year 9 review, turning 18). */
  'transitionPoint',
  /** A type of early years setting, school, college or training provider. */
  'settingType',
  /** A health care pathway, for children or for adults. */
  'carePathway',
  /** A kind of provision (education, health, short breaks, travel, ...), arranged as a tree. */
  'provisionCategory',
  /** How a family gets in: open access, targeted, specialist, or EHC plan needed. */
  'accessRoute',
  /** A process or right families go through: assessments, plans, reviews, appeals, complaints. */
  'process',
  /** An Act, section, regulation or statutory guidance, with its official URL. */
  'legislation',
  /** Who commissions or pays for provision, and the funding streams they use. */
  'commissioner',
  /** One of the four preparing-for-adulthood outcomes. */
  'pfaOutcome',
  /** A set of framework questions that settings and services answer (SE7, Manchester, Stockport, Outpost). */
  'questionSet',
  /** One framework question; answers in offer documents attach to it. */
  'frameworkQuestion',
]);
export type SchemeId = z.infer<typeof SchemeId>;

/** A stable concept id: `<prefix>:<slug>`, e.g. `need:autism`, `law:cfa-2014-s36`, `age:5-11`. */
export const ConceptId = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9.-]*$/, 'concept id must look like "need:autism"');
export type ConceptId = z.infer<typeof ConceptId>;

/** The relation types between concepts. NARROWER is not stored: it is derived as the inverse of BROADER. */
export const RelationType = z.enum([
  /** The `from` concept is a kind of (or part of) the `to` concept, in the same scheme. */
  'BROADER',
  /** The two concepts are associated; symmetric, stored once. */
  'RELATED',
  /** Two framework questions from different sets ask the same thing (symmetric). */
  'EQUIVALENT',
  /** A need is usually looked after on this care pathway. */
  'HAS_PATHWAY',
  /** A need, pathway, process or setting type belongs to (or is usually met by) this kind of provision. */
  'IN_CATEGORY',
  /** This pathway, process, provision category or setting type is commissioned or paid for by this commissioner. */
  'COMMISSIONED_BY',
  /** Leads on to: child pathway → adult pathway; age band → transition point; transition point → process. */
  'LEADS_TO',
  /** This is required or shaped by this legislation or statutory guidance. */
  'UNDER_LAW',
  /** A need is catered for by this type of setting. */
  'CATERED_BY',
  /** An access route starts this process (e.g. "EHC plan needed" → EHC needs assessment). */
  'TRIGGERS',
  /** A framework question belongs to this question set. */
  'IN_SET',
  /** A setting type, process, pathway or provision category serves people in this age band. */
  'FOR_AGE',
  /** A provision category, process or setting type helps towards this preparing-for-adulthood outcome. */
  'FOR_OUTCOME',
]);
export type RelationType = z.infer<typeof RelationType>;

/** Whether a care pathway is for children or for adults. */
export const LifeStage = z.enum(['child', 'adult']);
export type LifeStage = z.infer<typeof LifeStage>;

const Age = z.int().min(0).max(25);

/** The fields every concept has, plus the optional scheme-specific ones. */
const conceptFields = {
  /** Stable id, `<prefix>:<slug>`; the prefix names the scheme. */
  id: ConceptId,
  /** The scheme the concept belongs to. */
  scheme: SchemeId,
  /** Plain-English name. */
  label: z.string().trim().min(2).max(160),
  /** One or two plain-English sentences; any jargon is explained. */
  description: z.string().trim().min(20).max(600),
  /** Other words for it: what parents, young people and professionals say (synonyms, acronyms, old names). */
  altLabels: z.array(z.string().trim().min(1)).default([]),
  /** Common misspellings: matched by search, never shown. */
  hiddenLabels: z.array(z.string().trim().min(1)).default([]),
  /** Where the facts come from: a URL, or the section of the vocabulary brief or framework document. */
  source: z.string().trim().min(3),
  /** Official URL (legislation.gov.uk or gov.uk for legislation and guidance). */
  url: z.url().optional(),
  /** Youngest age (years) this applies to: age bands, transition points, pathways, settings. */
  minAge: Age.optional(),
  /** Oldest age (years, inclusive) this applies to. */
  maxAge: Age.optional(),
  /** When it happens and how long things take, in plain English (transition points, processes). */
  timescale: z.string().trim().min(5).optional(),
  /** What it means for a family, in plain English (access routes, processes, rights). */
  forFamilies: z.string().trim().min(10).optional(),
  /** For care pathways: children's or adults'. */
  lifeStage: LifeStage.optional(),
  /** For framework questions: the id of the question set it belongs to. */
  questionSet: ConceptId.optional(),
  /** For framework questions: its number within the set (1-based). */
  order: z.int().positive().optional(),
};

/** A concept in the SEND vocabulary. */
export const Concept = z.strictObject(conceptFields);
export type Concept = z.infer<typeof Concept>;

/** A typed relation between two concepts. */
export const Relation = z.strictObject({
  from: ConceptId,
  type: RelationType,
  to: ConceptId,
  /** Where the fact comes from, when it differs from the `from` concept's source. */
  source: z.string().trim().min(3).optional(),
});
export type Relation = z.infer<typeof Relation>;

/** Outgoing relations written inline in the data files: `{ HAS_PATHWAY: ['pathway:neurodevelopmental'] }`. */
export const ConceptLinks = z.partialRecord(RelationType, z.array(ConceptId).min(1));
export type ConceptLinks = z.infer<typeof ConceptLinks>;

/** How a concept is written in a scheme's data file: the scheme comes from the file, links are inline. */
export const ConceptEntry = z.strictObject({
  ...conceptFields,
  scheme: SchemeId.optional(),
  links: ConceptLinks.optional(),
});
export type ConceptEntry = z.input<typeof ConceptEntry>;
