import type { Delivery, OfferLocation } from '../../../ontology/offer.ts';
import type { MappedOffer } from '../shared/collector.ts';
import { costFrom } from '../shared/cost.ts';
import { addressText, coordinates, makeLocation, postcode } from '../shared/location.ts';
import { describeSchedules } from '../shared/opening-times.ts';
import { accessibilityFrom, contactsFrom, languagesFrom } from '../shared/people.ts';
import { classifyTerm, deliveryFrom } from '../shared/terms.ts';
import { cleanBlock, cleanLine, joinBlocks, unique } from '../shared/text.ts';
import { asList, isRecord, toAge, toEmail, toIsoDate, toUrl, type JsonRecord, type Warn } from '../shared/values.ts';

/** Taxonomy terms and taxonomies found in the source (a taxonomies file beside the services), by id. */
export interface TaxonomyIndex {
  terms: Map<string, JsonRecord>;
  taxonomies: Map<string, string>;
}

export const emptyTaxonomyIndex = (): TaxonomyIndex => ({ terms: new Map(), taxonomies: new Map() });

/**
 * Maps one ORUK v3 (UK profile, HSDS 3.0) service to the Offer model. Fields the UK profile leaves out but
 * HSDS 3.0 has (eligibility_description, application_process, wait_time, summary, phones) are read when present.
 */
export function mapOrukV3Service(s: JsonRecord, index: TaxonomyIndex, warn: Warn): MappedOffer {
  const terms = attributeTerms(s, index, warn);
  const sal = asList(s.service_at_locations, 'service_at_locations', warn);
  const locations = sal.map((x, i) => location(x, i, warn)).filter((l): l is Partial<OfferLocation> => Boolean(l));
  const schedules = [...asList(s.schedules, 'schedules', warn), ...sal.flatMap((x) => asList(x.schedules, 'service_at_locations.schedules', warn))];
  const contacts = contactsFrom(asList(s.contacts, 'contacts', warn), warn);
  const servicePhones = asList(s.phones, 'phones', warn).map((p) => cleanLine(p.number));
  const org = isRecord(s.organization) ? s.organization : undefined;
  const orgName = cleanLine(org?.name);
  const delivery = unique([...terms.delivery.flatMap(deliveryFrom), ...schedules.flatMap((x) => deliveryFrom(x.attending_type))]);
  return {
    sourceId: cleanLine(s.id) ?? '',
    kind: 'service',
    name: cleanLine(s.name) ?? '',
    summary: cleanLine(s.summary),
    description: joinBlocks([cleanBlock(s.description), cleanBlock(s.alert) && `Please note: ${cleanBlock(s.alert)}`]) ?? '',
    organisation: orgName ? {
      id: cleanLine(org?.id), name: orgName, description: cleanBlock(org?.description),
      url: toUrl(org?.website ?? org?.uri, 'organization.website', warn),
    } : undefined,
    needs: terms.need,
    minAge: toAge(s.minimum_age, 'minimum_age', warn),
    maxAge: toAge(s.maximum_age, 'maximum_age', warn),
    eligibility: cleanBlock(s.eligibility_description),
    accessRoute: terms.access.length ? terms.access.join('; ') : undefined,
    referral: cleanBlock(s.application_process),
    cost: costFrom(asList(s.cost_options, 'cost_options', warn), s.fees),
    waitingTime: cleanLine(s.wait_time),
    locations,
    areas: unique(asList(s.service_areas, 'service_areas', warn).map((a) => cleanLine(a.name) ?? cleanLine(a.service_area))),
    contacts,
    website: toUrl(s.url, 'url', warn),
    email: toEmail(s.email, 'email', warn),
    phone: servicePhones[0] ?? contacts.find((c) => c.phone)?.phone,
    openingTimes: describeSchedules(schedules),
    delivery: delivery as Delivery[],
    languages: languagesFrom(asList(s.languages, 'languages', warn)),
    accessibility: unique(locations.flatMap((l) => l.accessibility ?? [])),
    commissioners: unique([...asList(s.funding, 'funding', warn), ...asList(s.fundings, 'fundings', warn)].map((f) => cleanLine(f.source))),
    categories: terms.category,
    lastReviewed: toIsoDate(s.assured_date ?? s.last_modified, s.assured_date ? 'assured_date' : 'last_modified', warn),
  };
}

function location(x: JsonRecord, i: number, warn: Warn): Partial<OfferLocation> | undefined {
  const loc = isRecord(x.location) ? x.location : undefined;
  if (!loc) return undefined;
  const addresses = asList(loc.addresses, `service_at_locations[${i}].location.addresses`, warn);
  const address = addresses.find((a) => cleanLine(a.address_type) !== 'postal') ?? addresses[0];
  return makeLocation({
    id: cleanLine(loc.id),
    name: cleanLine(loc.name),
    address: address ? addressText({ ...address, attention: undefined }) : undefined,
    postcode: postcode(address?.postal_code),
    ...coordinates(loc.latitude, loc.longitude, `service_at_locations[${i}].location`, warn),
    accessibility: accessibilityFrom(asList(loc.accessibility, `service_at_locations[${i}].location.accessibility`, warn)),
  });
}

/** Our ontology's concept ids, e.g. need:autism or route:ehc-plan. */
const CONCEPT_ID = /^[a-z]+:[a-z0-9][a-z0-9.-]*$/;

interface SortedTerms { need: string[]; access: string[]; delivery: string[]; category: string[] }

function attributeTerms(s: JsonRecord, index: TaxonomyIndex, warn: Warn): SortedTerms {
  const sorted: SortedTerms = { need: [], access: [], delivery: [], category: [] };
  for (const a of asList(s.attributes, 'attributes', warn)) {
    const id = cleanLine(a.taxonomy_term_id);
    const term = isRecord(a.taxonomy_term) ? a.taxonomy_term : id ? index.terms.get(id) : undefined;
    const name = cleanLine(term?.name) ?? cleanLine(term?.term);
    if (!term || !name) {
      if (id) warn(`attribute ${id}: its taxonomy term is not in the feed; ignored`);
      continue;
    }
    // A feed published by this project (or one using our vocabulary) names the concept itself: link it as it is.
    const conceptId = typeof term.term === 'string' && CONCEPT_ID.test(term.term) ? term.term : undefined;
    if (conceptId) {
      const prefix = conceptId.slice(0, conceptId.indexOf(':'));
      sorted[prefix === 'need' ? 'need' : prefix === 'route' ? 'access' : 'category'].push(conceptId);
      continue;
    }
    const parent = index.terms.get(cleanLine(term.parent_id) ?? '');
    const role = classifyTerm({
      name, linkType: a.link_type,
      vocabulary: cleanLine(term.taxonomy) ?? index.taxonomies.get(cleanLine(term.taxonomy_id) ?? ''),
      path: typeof term.term === 'string' && term.term.includes('>') ? term.term : parent?.name,
    });
    sorted[role === 'need' ? 'need' : role].push(name);
    if (role === 'delivery') sorted.category.push(name);
  }
  return { need: unique(sorted.need), access: unique(sorted.access), delivery: sorted.delivery, category: unique(sorted.category) };
}
