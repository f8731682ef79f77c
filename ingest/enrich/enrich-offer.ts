import type { Offer } from '../../ontology/offer.ts';
import type { LoadableOffer } from '../../graph/offers/index.ts';
import { findWeakOpenAccess } from './access-routes.ts';
import { addAgeLinks } from './age-links.ts';
import { snippet } from './evidence.ts';
import { resolveAreas, type AreaRef } from './areas.ts';
import { findCost } from './cost.ts';
import { addExplicitLinks } from './explicit-links.ts';
import { addInferredLinks, type TextField } from './inferred-links.ts';
import { LinkSet } from './link-set.ts';
import { isSupportOrganisation } from './organisation.ts';
import { matchQuestions } from './questions.ts';
import { searchTextFor } from './search-text.ts';

export interface EnrichContext {
  /** The areas of the offer's authority (manifest or graph). */
  areas: AreaRef[];
  authorityName?: string | undefined;
}

export interface EnrichResult {
  loadable: LoadableOffer;
  /** Area names the authority does not have. */
  unknownAreas: string[];
  /** Values of the needs field the ontology does not know. */
  unmatchedNeeds: string[];
}

/**
 * Links one offer to the ontology and fills what its text says but its fields do not: ConceptLinks (explicit from
 * fields, inferred from text with the evidence), minAge/maxAge, cost type, each answer's question, the area ids it
 * serves, whether its provider is a support organisation, and the search text of its concepts.
 * Pure: the same offer and context always give the same result.
 */
export function enrichOffer(offer: Offer, context: EnrichContext): EnrichResult {
  const links = new LinkSet();
  const { unmatchedNeeds } = addExplicitLinks(offer, links);
  const fields: TextField[] = [
    { field: 'name', text: offer.name },
    { field: 'summary', text: offer.summary ?? '' },
    { field: 'description', text: offer.description },
    { field: 'eligibility', text: offer.eligibility ?? '' },
    { field: 'referral', text: offer.referral ?? '' },
  ];
  const answerFields: TextField[] = offer.answers.map((answer) => ({ field: 'answer', text: answer.text }));
  addInferredLinks(offer, [...fields, ...answerFields], links);
  if (!links.has('ACCESS_ROUTE')) addWeakOpenAccess([...fields, ...answerFields], links);
  const ages = addAgeLinks(offer, fields.filter((f) => f.field !== 'referral'), answerFields, links);
  const cost = offer.cost.type !== 'unknown'
    ? offer.cost
    : { ...offer.cost, type: (findCost(offer.cost.detail ?? '') ?? firstCost(fields))?.type ?? 'unknown' };
  const areas = resolveAreas(offer.areas, context.areas, context.authorityName);
  const areaIds = areas.ids.length || offer.areas.length ? areas.ids : areasOfLocations(offer, context.areas);
  const enriched: Offer = { ...offer, ...ages, cost, answers: matchQuestions(offer.answers) };
  const linkList = links.toArray();
  return {
    loadable: {
      offer: enriched,
      links: linkList,
      areaIds,
      searchText: searchTextFor(linkList.map((link) => link.conceptId)),
      supportOrganisation: isSupportOrganisation(offer.organisation),
    },
    unknownAreas: areas.unknown,
    unmatchedNeeds,
  };
}

/** "Call us", "book a place": open access, when nothing else says how to get in. */
function addWeakOpenAccess(fields: TextField[], links: LinkSet): void {
  for (const { text } of fields) {
    const [first] = findWeakOpenAccess(text);
    if (first) return links.add('ACCESS_ROUTE', first.conceptId, false, snippet(text, first));
  }
}

function firstCost(fields: TextField[]) {
  for (const { text } of fields) {
    const found = findCost(text);
    if (found) return found;
  }
  return undefined;
}

/** With no areas named, the areas whose names appear in its locations' addresses. */
function areasOfLocations(offer: Offer, areas: AreaRef[]): string[] {
  const places = offer.locations.map((l) => [l.name, l.address].filter(Boolean).join(' ')).filter(Boolean);
  if (places.length === 0) return [];
  const { ids } = resolveAreas(places, areas.map((a) => ({ id: `\u0000${a.id}`, name: a.name })));
  return ids.map((id) => id.slice(1));
}
