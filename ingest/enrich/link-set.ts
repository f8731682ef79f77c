import type { SchemeId } from '../../ontology/concept.ts';
import type { ConceptLink, OfferLinkType } from '../../ontology/offer.ts';

/** Which link an offer gets to a concept of each scheme (graph/README.md); other schemes are not linked to offers. */
export const LINK_FOR_SCHEME: Partial<Record<SchemeId, OfferLinkType>> = {
  need: 'FOR_NEED',
  ageBand: 'FOR_AGE',
  accessRoute: 'ACCESS_ROUTE',
  provisionCategory: 'IN_CATEGORY',
  carePathway: 'ON_PATHWAY',
  legislation: 'UNDER_LAW',
  commissioner: 'COMMISSIONED_BY',
  settingType: 'SETTING_TYPE',
  process: 'SUPPORTS_PROCESS',
  pfaOutcome: 'FOR_OUTCOME',
};

/** Collects links, one per (type, concept): an explicit link beats an inferred one; the first evidence is kept. */
export class LinkSet {
  private readonly links = new Map<string, ConceptLink>();

  add(type: OfferLinkType, conceptId: string, explicit: boolean, evidence: string): void {
    const key = `${type} ${conceptId}`;
    const seen = this.links.get(key);
    if (seen && (seen.explicit || !explicit)) return;
    this.links.set(key, { type, conceptId, explicit, evidence: evidence.slice(0, 300) });
  }

  has(type: OfferLinkType, conceptId?: string): boolean {
    return [...this.links.values()].some((link) => link.type === type && (conceptId === undefined || link.conceptId === conceptId));
  }

  toArray(): ConceptLink[] {
    return [...this.links.values()];
  }
}

/** Evidence for a link taken from a field: the field's name and what it said. */
export const fieldEvidence = (field: string, value: string) => `${field}: ${value.replace(/\s+/g, ' ').trim()}`.slice(0, 300);
