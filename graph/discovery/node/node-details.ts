import { readQuery, type GraphContext } from '../../seam/index.ts';
import { summarise } from '../snapshot/build-snapshot.ts';
import { relationLabel } from '../explanations/relation-labels.ts';
import { KIND_LABELS, kindFromLabels, OFFER_KINDS, type NodeKind } from '../kinds.ts';
import { readOfferDetails, type OfferDetails } from './offer-details.ts';

export interface RelatedNode {
  id: string;
  kind: NodeKind;
  kindLabel: string;
  name: string;
}

export interface ConceptRelation extends RelatedNode {
  type: string;
  direction: 'out' | 'in';
  /** The relation read from this node: "is looked after on", "includes", ... */
  label: string;
}

export interface ConceptDetails {
  scheme: string | null;
  altLabels: string[];
  url: string | null;
  minAge: number | null;
  maxAge: number | null;
  timescale: string | null;
  forFamilies: string | null;
  relations: ConceptRelation[];
}

export interface NodeDetails {
  id: string;
  kind: NodeKind;
  kindLabel: string;
  name: string;
  summary: string;
  description: string;
  url: string | null;
  retired: boolean;
  offer: OfferDetails | null;
  concept: ConceptDetails | null;
  /** Offers linked to this node (for concepts, organisations, authorities and areas): how many, and the first few. */
  offers: { count: number; sample: RelatedNode[] } | null;
}

const READ_NODE = `CALL {
  MATCH (n:Offer {id: $id}) RETURN n UNION MATCH (n:Concept {id: $id}) RETURN n
  UNION MATCH (n:Organisation {id: $id}) RETURN n UNION MATCH (n:Authority {id: $id}) RETURN n
  UNION MATCH (n:Area {id: $id}) RETURN n UNION MATCH (n:Location {id: $id}) RETURN n
}
WITH n LIMIT 1
RETURN n.id AS id, labels(n) AS labels, n.scheme AS scheme, coalesce(n.name, n.label, n.id) AS name,
  n.summary AS summary, coalesce(n.description, n.address, '') AS description, n.url AS url,
  coalesce(n.retired, false) AS retired, coalesce(n.altLabels, []) AS altLabels, n.minAge AS minAge, n.maxAge AS maxAge,
  n.timescale AS timescale, n.forFamilies AS forFamilies`;

const CONCEPT_RELATIONS = `MATCH (c:Concept {id: $id})-[r]-(o:Concept)
WHERE NOT o:FrameworkQuestion
RETURN type(r) AS type, startNode(r) = c AS out, o.id AS id, labels(o) AS labels, o.scheme AS scheme, o.label AS name
ORDER BY type, name LIMIT 200`;

/** Offers linked to a concept, organisation, authority, area or place (live ones only). */
const LINKED_OFFERS = `CALL {
  MATCH (n:Concept {id: $id}) RETURN n UNION MATCH (n:Organisation {id: $id}) RETURN n
  UNION MATCH (n:Authority {id: $id}) RETURN n UNION MATCH (n:Area {id: $id}) RETURN n UNION MATCH (n:Location {id: $id}) RETURN n
}
MATCH (n)<-[]-(o:Offer) WHERE NOT coalesce(o.retired, false)
WITH DISTINCT o
WITH count(o) AS count, collect({id: o.id, name: o.name, kind: o.kind})[0..12] AS sample
RETURN count, sample`;

interface NodeRow {
  id: string; labels: string[]; scheme: string | null; name: string; summary: string | null; description: string;
  url: string | null; retired: boolean; altLabels: string[]; minAge: number | null; maxAge: number | null;
  timescale: string | null; forFamilies: string | null;
}

/** Everything about one node, or null when there is no such node. */
export async function readNodeDetails(ctx: GraphContext, id: string): Promise<NodeDetails | null> {
  const [row] = await readQuery<NodeRow>(ctx, READ_NODE, { id });
  if (!row) return null;
  const kind = kindFromLabels(row.labels, row.scheme);
  const base = {
    id: row.id, kind, kindLabel: KIND_LABELS[kind], name: row.name, summary: summarise(row.summary, row.description),
    description: row.description ?? '', url: row.url ?? null, retired: row.retired,
  };
  if (OFFER_KINDS.has(kind)) {
    return { ...base, offer: await readOfferDetails(ctx, id), concept: null, offers: null };
  }
  const [linked] = await readQuery<{ count: number; sample: { id: string; name: string; kind: string }[] }>(ctx, LINKED_OFFERS, { id });
  const offers = {
    count: linked?.count ?? 0,
    sample: (linked?.sample ?? []).map((o) => {
      const offerKind: NodeKind = o.kind === 'setting' ? 'setting' : 'service';
      return { id: o.id, kind: offerKind, kindLabel: KIND_LABELS[offerKind], name: o.name };
    }),
  };
  if (!row.labels.includes('Concept')) return { ...base, offer: null, concept: null, offers };
  const relations = (await readQuery<{ type: string; out: boolean; id: string; labels: string[]; scheme: string | null; name: string }>(ctx, CONCEPT_RELATIONS, { id }))
    .map((r) => {
      const relatedKind = kindFromLabels(r.labels, r.scheme);
      const direction: 'out' | 'in' = r.out ? 'out' : 'in';
      return { type: r.type, direction, label: relationLabel(r.type, direction), id: r.id, kind: relatedKind, kindLabel: KIND_LABELS[relatedKind], name: r.name };
    });
  return {
    ...base,
    offer: null,
    concept: {
      scheme: row.scheme, altLabels: row.altLabels, url: row.url ?? null, minAge: row.minAge, maxAge: row.maxAge,
      timescale: row.timescale, forFamilies: row.forFamilies, relations,
    },
    offers,
  };
}
