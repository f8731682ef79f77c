import { createOrukRepository, type OrukOfferFilter } from '../../graph/oruk/index.ts';
import { BadInputError, type GraphContext } from '../../graph/seam/index.ts';
import { serviceUuid, taxonomyUuid } from './ids.ts';
import { toService, toServiceListItem } from './map-service.ts';
import { pageOf, toPage } from './page.ts';
import { createServiceIdIndex } from './service-ids.ts';
import { conceptForTermId, orukVocabulary, schemeForTaxonomyId } from './taxonomies.ts';
import type { OrukApiDetails, OrukPage, OrukService, OrukServiceListItem, OrukTaxonomy, OrukTaxonomyTerm } from './types.ts';

/** What GET / answers: the HSDS version and the UK profile this feed follows. */
export const ORUK_API_DETAILS: OrukApiDetails = {
  version: '3.0',
  profile: 'https://github.com/openreferral/uk-profile',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
};

/** A /services query, already checked (api/routes/oruk/schema.ts). */
export interface ServiceQuery {
  text?: string | undefined;
  minimumAge?: number | undefined;
  maximumAge?: number | undefined;
  taxonomyTermId?: string | undefined;
  taxonomyId?: string | undefined;
  /** ISO date-time. */
  modifiedAfter?: string | undefined;
  /** Only one authority's offers (the export; not an ORUK parameter). */
  authorityId?: string | undefined;
  page: number;
  perPage: number;
}

/**
 * The Open Referral UK v3 feed of the graph, used by the routes and by the export (so both publish the same):
 * live offers as services, the ontology as taxonomies and terms, offer links as attributes.
 */
export function createOrukFeed(ctx: GraphContext) {
  const repo = createOrukRepository(ctx);
  const offerIdOf = createServiceIdIndex(repo);

  return {
    details: (): OrukApiDetails => ORUK_API_DETAILS,

    async services(query: ServiceQuery): Promise<OrukPage<OrukServiceListItem>> {
      const { total, offers } = await repo.page(toFilter(query), query.page, query.perPage);
      return toPage(offers.map(toServiceListItem), total, query.page, query.perPage);
    },

    /** The full service, or undefined when no live offer has this id. */
    async service(serviceId: string): Promise<OrukService | undefined> {
      const offerId = await offerIdOf(serviceId);
      if (!offerId) return undefined;
      const [offer] = await repo.full([offerId]);
      return offer ? toService(offer) : undefined;
    },

    /** Full services for the offers of one services page, in the page's order. */
    async fullServices(page: OrukPage<OrukServiceListItem>): Promise<OrukService[]> {
      const ids = await Promise.all(page.contents.map((s) => offerIdOf(s.id)));
      const offers = await repo.full(ids.filter((id): id is string => Boolean(id)));
      const byUuid = new Map(offers.map((o) => [serviceUuid(o.id), toService(o)]));
      return page.contents.flatMap((s) => byUuid.get(s.id) ?? []);
    },

    taxonomies: (page: number, perPage: number): OrukPage<OrukTaxonomy> => pageOf(orukVocabulary().taxonomies, page, perPage),

    /** One taxonomy with its terms. */
    taxonomy(id: string): OrukTaxonomy | undefined {
      const scheme = schemeForTaxonomyId(id);
      const { taxonomies, terms } = orukVocabulary();
      const taxonomy = scheme && taxonomies.find((t) => t.id === taxonomyUuid(scheme));
      return taxonomy ? { ...taxonomy, taxonomy_terms: terms.filter((t) => t.taxonomy_id === taxonomy.id) } : undefined;
    },

    terms(page: number, perPage: number, taxonomyId?: string): OrukPage<OrukTaxonomyTerm> {
      const { terms } = orukVocabulary();
      if (taxonomyId === undefined) return pageOf(terms, page, perPage);
      const scheme = schemeForTaxonomyId(taxonomyId);
      if (!scheme) throw unknownTaxonomy(taxonomyId);
      return pageOf(terms.filter((t) => t.taxonomy_id === taxonomyUuid(scheme)), page, perPage);
    },

    term(id: string): OrukTaxonomyTerm | undefined {
      const conceptId = conceptForTermId(id);
      return conceptId ? orukVocabulary().termOf.get(conceptId) : undefined;
    },
  };
}

export type OrukFeed = ReturnType<typeof createOrukFeed>;

function toFilter(query: ServiceQuery): OrukOfferFilter {
  const filter: OrukOfferFilter = {};
  if (query.authorityId) filter.authorityId = query.authorityId;
  const words = query.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  if (words.length) filter.words = [...new Set(words)];
  if (query.minimumAge !== undefined) filter.minimumAge = query.minimumAge;
  if (query.maximumAge !== undefined) filter.maximumAge = query.maximumAge;
  if (query.taxonomyTermId !== undefined) {
    const conceptId = conceptForTermId(query.taxonomyTermId);
    if (!conceptId) {
      throw new BadInputError(`There is no taxonomy term with id "${query.taxonomyTermId}". The terms are listed at /oruk/taxonomy_terms.`);
    }
    filter.conceptId = conceptId;
  }
  if (query.taxonomyId !== undefined) {
    const scheme = schemeForTaxonomyId(query.taxonomyId);
    if (!scheme) throw unknownTaxonomy(query.taxonomyId);
    filter.scheme = scheme;
  }
  if (query.modifiedAfter) filter.modifiedAfter = query.modifiedAfter;
  return filter;
}

function unknownTaxonomy(id: string): BadInputError {
  return new BadInputError(`There is no taxonomy with id "${id}". The taxonomies are listed at /oruk/taxonomies.`);
}

