import type { Offer } from '../../ontology/offer.ts';
import { findRoutePhrases } from './access-routes.ts';
import { sentenceAround, sentenceBounds, snippet, type Span } from './evidence.ts';
import { findLegislation } from './legislation.ts';
import { LINK_FOR_SCHEME, LinkSet } from './link-set.ts';
import { conceptsInText } from './vocabulary.ts';

export interface TextField {
  field: 'name' | 'summary' | 'description' | 'eligibility' | 'referral' | 'answer';
  text: string;
}

/** "We do not see children who…", "not suitable for…": the need that follows is excluded, not offered. */
const EXCLUDED_BEFORE = /\b(?:(?:do|does|will|can|could|are|is)\s*(?:not|n't)\s+(?:see|accept|treat|work with|offer|provide|take|support|cater for|suitable for|for)|not (?:suitable|appropriate|for)|unsuitable for|excluding|except(?: for)?|other than)\b[^.;:!?]*$/i;
/** A commissioner named in text counts only in a sentence about who pays. */
const ABOUT_FUNDING = /\bcommission|\bfund(?:ed|s|ing)?\b|\bpaid for\b|\bpays? for\b|\bcontract/i;

/**
 * Links inferred from free text (explicit = false), each with the words around the match: needs, provision
 * categories, care pathways, processes, preparing-for-adulthood outcomes, access routes, legislation,
 * commissioners (only in sentences about funding) and, for settings, setting type (from name and description).
 */
export function addInferredLinks(offer: Offer, fields: TextField[], links: LinkSet): void {
  for (const { field, text } of fields) {
    if (!text.trim()) continue;
    const matches = conceptsInText(text);
    for (const match of matches) {
      const type = LINK_FOR_SCHEME[match.concept.scheme];
      if (!type || type === 'FOR_AGE' || type === 'UNDER_LAW' || type === 'ACCESS_ROUTE') continue;
      if (type === 'SETTING_TYPE' && (offer.kind !== 'setting' || (field !== 'name' && field !== 'summary' && field !== 'description'))) continue;
      if (type === 'COMMISSIONED_BY' && !ABOUT_FUNDING.test(sentenceAround(text, match))) continue;
      if (type === 'FOR_NEED' && excluded(text, match)) continue;
      links.add(type, match.concept.id, false, snippet(text, match));
    }
    const phrases = findRoutePhrases(text);
    for (const phrase of phrases) links.add('ACCESS_ROUTE', phrase.conceptId, false, snippet(text, phrase));
    for (const match of matches) {
      if (match.concept.scheme !== 'accessRoute' || phrases.some((p) => p.start < match.end && match.start < p.end)) continue;
      // One word ("specialist", "targeted", "universal") is too often just an adjective in running text.
      if (!/\s/.test(match.matchedText.trim())) continue;
      links.add('ACCESS_ROUTE', match.concept.id, false, snippet(text, match));
    }
    for (const law of findLegislation(text, matches)) links.add('UNDER_LAW', law.conceptId, false, snippet(text, law));
  }
}

function excluded(text: string, span: Span): boolean {
  const { start } = sentenceBounds(text, span);
  return EXCLUDED_BEFORE.test(text.slice(start, span.start));
}
