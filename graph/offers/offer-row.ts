import { createHash } from 'node:crypto';
import { OfferLinkType, type ConceptLink, type Offer } from '../../ontology/offer.ts';
import { answerId, locationId, offerId, organisationId } from './ids.ts';

/** An offer ready to load: normalised and enriched (ingest/enrich makes these). */
export interface LoadableOffer {
  offer: Offer;
  links: ConceptLink[];
  /** Ids of the :Area nodes it serves. */
  areaIds: string[];
  /** Labels and alternative labels of the linked concepts, so the full-text index finds synonyms. */
  searchText: string;
  /** The provider is a support organisation (a charity, forum or advice service rather than a statutory body). */
  supportOrganisation?: boolean;
}

type Primitive = string | number | boolean | null | string[];
type LinkRow = { conceptId: string; explicit: boolean; evidence: string };

/** What one offer becomes as a Cypher parameter: primitives only, every managed property present (null removes it). */
export interface OfferRow {
  id: string;
  kind: Offer['kind'];
  authorityId: string;
  props: Record<string, Primitive>;
  organisation: { id: string; props: Record<string, Primitive>; support: boolean } | null;
  locations: Array<{ id: string; props: Record<string, Primitive> }>;
  areaIds: string[];
  answers: Array<{ id: string; questionId: string | null; props: Record<string, Primitive> }>;
  links: Record<OfferLinkType, LinkRow[]>;
}

/** Bump when the way offers are written changes, so every record is rewritten once. */
export const ROW_FORMAT_VERSION = 1;

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** Builds the row for `loadable`, with its content hash (a hash of everything written, timestamps aside). */
export function toOfferRow(loadable: LoadableOffer): OfferRow {
  const { offer } = loadable;
  const id = offerId(offer.source, offer.sourceId);
  const props: Record<string, Primitive> = {
    id,
    kind: offer.kind,
    name: offer.name,
    summary: orNull(offer.summary),
    description: offer.description,
    settingTypeText: orNull(offer.settingType),
    minAge: orNull(offer.minAge),
    maxAge: orNull(offer.maxAge),
    eligibility: orNull(offer.eligibility),
    accessRouteText: orNull(offer.accessRoute),
    referral: orNull(offer.referral),
    costType: offer.cost.type,
    costText: orNull(offer.cost.detail),
    waitingTime: orNull(offer.waitingTime),
    areas: [...new Set(loadable.areaIds)].sort(),
    areaNames: offer.areas,
    website: orNull(offer.website),
    email: orNull(offer.email),
    phone: orNull(offer.phone),
    contactsJson: offer.contacts.length ? JSON.stringify(offer.contacts) : null,
    openingTimes: orNull(offer.openingTimes),
    delivery: offer.delivery,
    languages: offer.languages,
    accessibility: offer.accessibility,
    commissionerNames: offer.commissioners,
    legislationText: offer.legislation,
    categories: offer.categories,
    lastReviewed: orNull(offer.lastReviewed),
    source: offer.source,
    sourceId: offer.sourceId,
    authorityId: offer.authorityId,
    searchText: loadable.searchText,
  };
  const organisation = offer.organisation
    ? {
      id: organisationId(offer.authorityId, offer.organisation.name),
      support: loadable.supportOrganisation ?? false,
      props: { name: offer.organisation.name, description: orNull(offer.organisation.description), url: orNull(offer.organisation.url) },
    }
    : null;
  const locations = dedupeById(offer.locations.map((location) => ({
    id: locationId(offer.source, location),
    props: {
      name: orNull(location.name), address: orNull(location.address), postcode: orNull(location.postcode),
      lat: orNull(location.lat), lon: orNull(location.lon), accessibility: location.accessibility,
    },
  })));
  const answers = offer.answers.map((answer, index) => ({
    id: answerId(id, index + 1),
    questionId: orNull(answer.questionId),
    props: { question: answer.question, text: answer.text, questionId: orNull(answer.questionId), order: index + 1 },
  }));
  const row: OfferRow = { id, kind: offer.kind, authorityId: offer.authorityId, props, organisation, locations, areaIds: props.areas as string[], answers, links: groupLinks(loadable.links) };
  row.props.contentHash = contentHash(row);
  return row;
}

/** One link per (type, concept), explicit preferred over inferred; sorted so the hash is stable. */
function groupLinks(links: ConceptLink[]): Record<OfferLinkType, LinkRow[]> {
  const best = new Map<string, ConceptLink>();
  for (const link of links) {
    const key = `${link.type} ${link.conceptId}`;
    const seen = best.get(key);
    if (!seen || (link.explicit && !seen.explicit)) best.set(key, link);
  }
  const grouped = Object.fromEntries(OfferLinkType.options.map((type) => [type, [] as LinkRow[]])) as Record<OfferLinkType, LinkRow[]>;
  for (const link of [...best.values()].sort((a, b) => a.conceptId.localeCompare(b.conceptId))) {
    grouped[link.type].push({ conceptId: link.conceptId, explicit: link.explicit, evidence: link.evidence });
  }
  return grouped;
}

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function contentHash(row: OfferRow): string {
  return createHash('sha256').update(JSON.stringify([ROW_FORMAT_VERSION, row])).digest('base64url');
}
