import type { Offer } from '../../ontology/offer.ts';
import { findRoutePhrases, routesFromField } from './access-routes.ts';
import { findLegislation } from './legislation.ts';
import { LINK_FOR_SCHEME, LinkSet, fieldEvidence } from './link-set.ts';
import { conceptsInText, getConcept } from './vocabulary.ts';

/**
 * Links from the offer's structured fields (explicit): needs, the source's own categories, setting type,
 * access route, commissioners and legislation. A value that is itself an ontology concept id ("need:autism",
 * as our own ORUK feed publishes its terms) links to that concept directly, whatever the field; any other value
 * is matched against the ontology's labels. Returns the needs the ontology could not place.
 */
export function addExplicitLinks(offer: Offer, links: LinkSet): { unmatchedNeeds: string[] } {
  const unmatchedNeeds: string[] = [];
  for (const need of offer.needs) {
    if (addConceptId(need, 'needs', links)) continue;
    const found = conceptsInText(need).filter((m) => m.concept.scheme === 'need');
    if (found.length === 0) unmatchedNeeds.push(need);
    for (const match of found) links.add('FOR_NEED', match.concept.id, true, fieldEvidence('needs', need));
  }
  for (const term of offer.categories) {
    if (addConceptId(term, 'category', links)) continue;
    const evidence = fieldEvidence('category', term);
    for (const match of conceptsInText(term)) {
      const type = LINK_FOR_SCHEME[match.concept.scheme];
      if (type && type !== 'FOR_AGE') links.add(type, match.concept.id, true, evidence);
    }
    addRoute(term, evidence, links);
  }
  if (offer.settingType && !addConceptId(offer.settingType, 'setting type', links)) {
    for (const match of conceptsInText(offer.settingType).filter((m) => m.concept.scheme === 'settingType')) {
      links.add('SETTING_TYPE', match.concept.id, true, fieldEvidence('setting type', offer.settingType));
    }
  }
  if (offer.accessRoute) {
    const parts = offer.accessRoute.split(/\s*;\s*/);
    const plain = parts.filter((part) => !addConceptId(part, 'access route', links)).join('; ');
    if (plain) addRoute(plain, fieldEvidence('access route', plain), links);
  }
  for (const commissioner of offer.commissioners) {
    if (addConceptId(commissioner, 'commissioned by', links)) continue;
    for (const match of conceptsInText(commissioner).filter((m) => m.concept.scheme === 'commissioner')) {
      links.add('COMMISSIONED_BY', match.concept.id, true, fieldEvidence('commissioned by', commissioner));
    }
  }
  for (const law of offer.legislation) {
    if (addConceptId(law, 'legislation', links)) continue;
    for (const mention of findLegislation(law)) links.add('UNDER_LAW', mention.conceptId, true, fieldEvidence('legislation', law));
  }
  return { unmatchedNeeds };
}

const CONCEPT_ID = /^[a-z]+:[a-z0-9][a-z0-9.-]*$/;

/** A value that is an ontology concept id: linked by its concept's scheme. True when it was one. */
function addConceptId(value: string, field: string, links: LinkSet): boolean {
  const id = value.trim();
  if (!CONCEPT_ID.test(id)) return false;
  const concept = getConcept(id);
  const type = concept ? LINK_FOR_SCHEME[concept.scheme] : undefined;
  if (!concept || !type) return false;
  links.add(type, concept.id, true, fieldEvidence(field, concept.label));
  return true;
}

/** An access route field or term: its plain value, else phrases, else the ontology's labels. */
function addRoute(value: string, evidence: string, links: LinkSet): void {
  const plain = routesFromField(value);
  for (const route of plain) links.add('ACCESS_ROUTE', route, true, evidence);
  if (plain.length) return;
  const phrases = findRoutePhrases(value);
  for (const phrase of phrases) links.add('ACCESS_ROUTE', phrase.conceptId, true, evidence);
  if (phrases.length) return;
  for (const match of conceptsInText(value).filter((m) => m.concept.scheme === 'accessRoute')) {
    links.add('ACCESS_ROUTE', match.concept.id, true, evidence);
  }
}
