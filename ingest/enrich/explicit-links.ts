import type { Offer } from '../../ontology/offer.ts';
import { findRoutePhrases, routesFromField } from './access-routes.ts';
import { findLegislation } from './legislation.ts';
import { LINK_FOR_SCHEME, LinkSet, fieldEvidence } from './link-set.ts';
import { conceptsInText } from './vocabulary.ts';

/**
 * Links from the offer's structured fields (explicit): needs, the source's own categories, setting type,
 * access route, commissioners and legislation. Returns the needs the ontology could not place.
 */
export function addExplicitLinks(offer: Offer, links: LinkSet): { unmatchedNeeds: string[] } {
  const unmatchedNeeds: string[] = [];
  for (const need of offer.needs) {
    const found = conceptsInText(need).filter((m) => m.concept.scheme === 'need');
    if (found.length === 0) unmatchedNeeds.push(need);
    for (const match of found) links.add('FOR_NEED', match.concept.id, true, fieldEvidence('needs', need));
  }
  for (const term of offer.categories) {
    const evidence = fieldEvidence('category', term);
    for (const match of conceptsInText(term)) {
      const type = LINK_FOR_SCHEME[match.concept.scheme];
      if (type && type !== 'FOR_AGE') links.add(type, match.concept.id, true, evidence);
    }
    addRoute(term, evidence, links);
  }
  if (offer.settingType) {
    for (const match of conceptsInText(offer.settingType).filter((m) => m.concept.scheme === 'settingType')) {
      links.add('SETTING_TYPE', match.concept.id, true, fieldEvidence('setting type', offer.settingType));
    }
  }
  if (offer.accessRoute) addRoute(offer.accessRoute, fieldEvidence('access route', offer.accessRoute), links);
  for (const commissioner of offer.commissioners) {
    for (const match of conceptsInText(commissioner).filter((m) => m.concept.scheme === 'commissioner')) {
      links.add('COMMISSIONED_BY', match.concept.id, true, fieldEvidence('commissioned by', commissioner));
    }
  }
  for (const law of offer.legislation) {
    for (const mention of findLegislation(law)) links.add('UNDER_LAW', mention.conceptId, true, fieldEvidence('legislation', law));
  }
  return { unmatchedNeeds };
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
