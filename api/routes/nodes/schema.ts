import { z } from 'zod';
import { NODE_KINDS } from '../../../graph/discovery/kinds.ts';
import { ErrorReply, Kind } from '../discover/schema.ts';

export const NodeId = z.string().trim().min(1, 'give a node id').max(200, 'ids are at most 200 characters')
  .regex(/^[\w:.-]+$/, 'must be a node id such as need:autism');

export const NodeParams = z.object({ id: NodeId });

const Related = z.object({ id: z.string(), kind: Kind, kindLabel: z.string(), name: z.string() });
const Linked = z.object({
  id: z.string(), name: z.string(), description: z.string().nullable(), url: z.string().nullable(),
  explicit: z.boolean(), evidence: z.string().nullable(),
});

const OfferDetails = z.object({
  ages: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
  access: z.object({ routes: z.array(Linked), routeText: z.string().nullable(), referral: z.string().nullable(), eligibility: z.string().nullable() }),
  cost: z.object({ type: z.string(), detail: z.string().nullable() }),
  waitingTime: z.string().nullable(),
  locations: z.array(z.object({
    id: z.string(), name: z.string().nullable(), address: z.string().nullable(), postcode: z.string().nullable(),
    lat: z.number().nullable(), lon: z.number().nullable(), accessibility: z.array(z.string()),
  })),
  contacts: z.object({
    phone: z.string().nullable(), email: z.string().nullable(), website: z.string().nullable(), openingTimes: z.string().nullable(),
    people: z.array(z.object({ name: z.string().optional(), role: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })),
  }),
  organisation: z.object({ id: z.string(), name: z.string(), url: z.string().nullable(), description: z.string().nullable(), support: z.boolean() }).nullable(),
  authority: z.object({ id: z.string(), name: z.string() }).nullable(),
  areas: z.array(z.object({ id: z.string(), name: z.string() })),
  commissioners: z.array(Linked),
  commissionerNames: z.array(z.string()),
  legislation: z.array(Linked),
  needs: z.array(Linked),
  categories: z.array(Linked),
  pathways: z.array(Linked),
  processes: z.array(Linked),
  settingTypes: z.array(Linked),
  outcomes: z.array(Linked),
  ageBands: z.array(Linked),
  framework: z.array(z.object({ question: z.string(), questionId: z.string().nullable(), questionLabel: z.string().nullable(), answer: z.string() })),
  delivery: z.array(z.string()),
  languages: z.array(z.string()),
  accessibility: z.array(z.string()),
  lastReviewed: z.string().nullable(),
  source: z.string().nullable(),
});

const ConceptDetails = z.object({
  scheme: z.string().nullable(),
  altLabels: z.array(z.string()),
  url: z.string().nullable(),
  minAge: z.number().nullable(),
  maxAge: z.number().nullable(),
  timescale: z.string().nullable(),
  forFamilies: z.string().nullable(),
  relations: z.array(Related.extend({ type: z.string(), direction: z.enum(['out', 'in']), label: z.string() })),
});

export const NodeReply = z.object({
  id: z.string(),
  kind: Kind,
  kindLabel: z.string(),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  url: z.string().nullable(),
  retired: z.boolean(),
  offer: OfferDetails.nullable(),
  concept: ConceptDetails.nullable(),
  offers: z.object({ count: z.number().int(), sample: z.array(Related) }).nullable(),
});

export const nodeSchema = {
  summary: 'Everything about one node: for provision its framework answers, the law behind it in plain English, how to get in, cost, wait, places and contacts; for concepts their description and relations',
  tags: ['discovery'],
  params: NodeParams,
  response: { 200: NodeReply, 400: ErrorReply, 404: ErrorReply, 503: ErrorReply },
};

const KindList = z.union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))
  .pipe(z.array(z.enum(NODE_KINDS, { error: `must be kinds among ${NODE_KINDS.join(', ')}` })).max(NODE_KINDS.length));

export const NeighbourhoodQuery = z.object({
  depth: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be 1 to 3').max(3, 'must be 1 to 3').default(1),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be 1 to 200').max(200, 'must be 1 to 200').default(40),
  kinds: KindList.optional(),
});

export const NeighbourhoodReply = z.object({
  nodes: z.array(z.object({ data: z.object({
    id: z.string(), label: z.string(), kind: Kind, kindLabel: z.string(), summary: z.string(), depth: z.number().int(), root: z.boolean(),
  }) })),
  edges: z.array(z.object({ data: z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string(), label: z.string() }) })),
  truncated: z.boolean(),
});

export const neighbourhoodSchema = {
  summary: 'The nodes and relationships around one node, ready for cytoscape ({nodes:[{data}], edges:[{data}]})',
  tags: ['discovery'],
  params: NodeParams,
  querystring: NeighbourhoodQuery,
  response: { 200: NeighbourhoodReply, 400: ErrorReply, 404: ErrorReply, 503: ErrorReply },
};
