import type { OfferLinkType } from '../../ontology/offer.ts';
import type { LinkRecord } from '../../graph/oruk/index.ts';
import { orukId } from './ids.ts';
import { orukVocabulary } from './taxonomies.ts';
import type { OrukAttribute } from './types.ts';

/**
 * An offer's links to the ontology as ORUK attributes, one per link, each carrying its taxonomy term. The
 * `link_type` says what the term describes; `value` says whether a field of the source stated it or enrichment
 * inferred it from the text, and `label` gives the evidence in words.
 */
export const LINK_TYPE_NAMES: Record<OfferLinkType, string> = {
  FOR_NEED: 'need',
  ACCESS_ROUTE: 'access_route',
  FOR_AGE: 'age_band',
  IN_CATEGORY: 'provision_category',
  ON_PATHWAY: 'care_pathway',
  SUPPORTS_PROCESS: 'process',
  SETTING_TYPE: 'setting_type',
  UNDER_LAW: 'legislation',
  COMMISSIONED_BY: 'commissioner',
  FOR_OUTCOME: 'pfa_outcome',
};

const ORDER = Object.keys(LINK_TYPE_NAMES) as OfferLinkType[];

/** Attributes in a stable order: by kind of link, stated before inferred (a reader taking the first access route gets a stated one), then by concept. */
export function toAttributes(offerId: string, serviceId: string, links: LinkRecord[]): OrukAttribute[] {
  const { termOf } = orukVocabulary();
  const sorted = [...links].sort((a, b) =>
    ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || Number(b.explicit) - Number(a.explicit) || a.conceptId.localeCompare(b.conceptId));
  return sorted.flatMap((link): OrukAttribute[] => {
    const term = termOf.get(link.conceptId);
    if (!term) return [];
    return [{
      id: orukId('attribute', offerId, link.type, link.conceptId),
      link_id: serviceId,
      link_type: LINK_TYPE_NAMES[link.type],
      link_entity: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
      value: link.explicit ? 'stated' : 'inferred',
      label: evidenceLabel(link),
    }];
  });
}

function evidenceLabel(link: LinkRecord): string {
  const evidence = link.evidence.replace(/\s+/g, ' ').trim();
  if (link.explicit) return evidence ? `Stated by the source (${evidence})` : 'Stated by the source';
  return evidence ? `Inferred from the text: "${evidence}"` : 'Inferred from the text';
}
