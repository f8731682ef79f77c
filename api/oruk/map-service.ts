import type { OfferFullRecord, OfferSummaryRecord, OrganisationRecord } from '../../graph/oruk/index.ts';
import { orukId, serviceUuid } from './ids.ts';
import { toAttributes } from './map-attributes.ts';
import { toPlaces } from './map-places.ts';
import type { OrukOrganization, OrukService, OrukServiceListItem } from './types.ts';
import { emailAddress, list, optional, text, webAddress } from './values.ts';

/** A /services page entry: the offer's one-to-one fields and its provider. Retired offers never get here. */
export function toServiceListItem(offer: OfferSummaryRecord): OrukServiceListItem {
  const organization = offer.organisation ? toOrganization(offer.organisation) : undefined;
  return {
    id: serviceUuid(offer.id),
    name: offer.name,
    ...optional('description', text(offer.description)),
    ...optional('url', webAddress(offer.website)),
    ...optional('email', emailAddress(offer.email)),
    status: 'active',
    ...optional('minimum_age', offer.minAge),
    ...optional('maximum_age', offer.maxAge),
    ...optional('assured_date', text(offer.lastReviewed)),
    ...optional('last_modified', lastModified(offer.ingestedAt)),
    ...(organization ? { organization_id: organization.id, organization } : {}),
  };
}

/** A full /services/{id}: everything the graph knows about the offer, its places and its links to the ontology. */
export function toService(offer: OfferFullRecord): OrukService {
  const id = serviceUuid(offer.id);
  const part = (kind: Parameters<typeof orukId>[0], ...keys: Array<string | number>) => orukId(kind, offer.id, ...keys);
  const delivery = offer.delivery.join(', ');
  const schedule = text(offer.openingTimes) || delivery
    ? [{ id: part('schedule', 1), ...optional('description', text(offer.openingTimes)), ...optional('attending_type', text(delivery)) }]
    : [];
  return {
    ...toServiceListItem(offer),
    ...optional('summary', text(offer.summary)),
    ...optional('eligibility_description', text(offer.eligibility)),
    ...optional('application_process', text(offer.referral)),
    ...optional('wait_time', text(offer.waitingTime)),
    ...list('phones', text(offer.phone) ? [{ id: part('phone', 'service'), number: offer.phone?.trim() ?? '' }] : []),
    ...list('schedules', schedule),
    ...toPlaces(offer, id),
    ...list('languages', offer.languages.filter((l) => l.trim()).map((name) => ({ id: part('language', name), name }))),
    ...list('funding', offer.commissionerNames.filter((s) => s.trim()).map((source, i) => ({ id: part('funding', i), source }))),
    ...list('cost_options', costOptions(offer, part)),
    ...list('contacts', contacts(offer.contactsJson).map((c, i) => ({
      id: part('contact', i),
      ...optional('name', text(c.name)),
      ...optional('title', text(c.role)),
      ...optional('email', emailAddress(c.email)),
      ...list('phones', text(c.phone) ? [{ id: part('phone', 'contact', i), number: c.phone?.trim() ?? '' }] : []),
    }))),
    ...list('attributes', toAttributes(offer.id, id, offer.links)),
  };
}

function toOrganization(org: OrganisationRecord): OrukOrganization {
  return {
    id: orukId('organization', org.id),
    name: org.name,
    // Required by the profile: a provider the source did not describe is described by its name.
    description: text(org.description) ?? org.name,
    ...optional('website', webAddress(org.url)),
  };
}

/** Millisecond ISO date-time, as the profile asks; anything unparseable is left out. */
function lastModified(value: string | null): string | undefined {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The cost as one option: free → amount 0; charged → the first price named in the cost text, if any. */
function costOptions(offer: OfferFullRecord, part: (kind: 'cost_option', ...keys: Array<string | number>) => string): NonNullable<OrukService['cost_options']> {
  const detail = text(offer.costText);
  const id = part('cost_option', 1);
  switch (offer.costType) {
    case 'free':
      return [{ id, option: 'Free', amount: 0, ...optional('amount_description', detail) }];
    case 'paid':
    case 'subsidised':
    case 'varies': {
      const price = detail ? /£\s?(\d+(?:\.\d{1,2})?)/.exec(detail.replace(/,(?=\d{3}\b)/g, '')) : null;
      const option = offer.costType === 'paid' ? 'Charges apply' : offer.costType === 'subsidised' ? 'Subsidised' : 'Costs vary';
      return [{ id, option, ...optional('amount', price?.[1] ? Number(price[1]) : undefined), ...optional('amount_description', detail) }];
    }
    default:
      return detail ? [{ id, option: 'Cost', amount_description: detail }] : [];
  }
}

interface StoredContact { name?: string; role?: string; phone?: string; email?: string }

/** The contacts the loader stored as JSON; a value that does not parse gives none. */
function contacts(json: string | null): StoredContact[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((c): c is StoredContact => typeof c === 'object' && c !== null) : [];
  } catch {
    return [];
  }
}
