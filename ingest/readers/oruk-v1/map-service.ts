import type { Delivery, OfferLocation } from '../../../ontology/offer.ts';
import type { MappedOffer } from '../shared/collector.ts';
import { costFrom } from '../shared/cost.ts';
import { addressText, coordinates, makeLocation, postcode } from '../shared/location.ts';
import { describeSchedules } from '../shared/opening-times.ts';
import { accessibilityFrom, contactsFrom, languagesFrom } from '../shared/people.ts';
import { classifyTerm, deliveryFrom } from '../shared/terms.ts';
import { cleanBlock, cleanLine, joinBlocks, unique } from '../shared/text.ts';
import { asList, isRecord, toAge, toEmail, toIsoDate, toUrl, warnNonText, type JsonRecord, type Warn } from '../shared/values.ts';

const TEXT_FIELDS = ['description', 'url', 'email', 'application_process', 'wait_time', 'fees', 'assured_date'] as const;

/**
 * Maps one ORUK v1 (LGA profile) service, in the nested JSON its API serves, to the Offer model. The field
 * names follow the v1 data package: eligibilitys, service_taxonomys, fundings, regular_schedules,
 * holiday_schedules, service_at_locations > location > physical_addresses / accessibility_for_disabilities.
 */
export function mapOrukV1Service(s: JsonRecord, warn: Warn): MappedOffer {
  warnNonText(s, TEXT_FIELDS, warn);
  const eligibilitys = asList(s.eligibilitys ?? s.eligibility, 'eligibilitys', warn);
  const ages = ageRange(eligibilitys, warn);
  const terms = taxonomyTerms(asList(s.service_taxonomys, 'service_taxonomys', warn));
  const locations = asList(s.service_at_locations, 'service_at_locations', warn)
    .map((x, i) => location(x, i, warn))
    .filter((l): l is Partial<OfferLocation> => Boolean(l));
  const contacts = contactsFrom(asList(s.contacts, 'contacts', warn), warn);
  const org = isRecord(s.organization) ? s.organization : undefined;
  const orgName = cleanLine(org?.name);
  const eligibilityText = unique(eligibilitys.map((e) => cleanBlock(e.eligibility)));
  return {
    sourceId: cleanLine(s.id) ?? '',
    kind: 'service',
    name: cleanLine(s.name) ?? '',
    description: cleanBlock(s.description) ?? '',
    organisation: orgName ? {
      id: cleanLine(org?.id), name: orgName, description: cleanBlock(org?.description), url: toUrl(org?.url, 'organization.url', warn),
    } : undefined,
    needs: terms.need,
    ...ages,
    eligibility: eligibilityText.length ? eligibilityText.join('; ') : undefined,
    accessRoute: terms.access[0] ?? cleanLine(s.attending_access),
    referral: cleanBlock(s.application_process),
    cost: costFrom(asList(s.cost_options, 'cost_options', warn), s.fees),
    waitingTime: cleanLine(s.wait_time),
    locations,
    areas: unique(asList(s.service_areas, 'service_areas', warn).map((a) => cleanLine(a.service_area) ?? cleanLine(a.name))),
    contacts,
    website: toUrl(s.url, 'url', warn),
    email: toEmail(s.email, 'email', warn),
    phone: contacts.find((c) => c.phone)?.phone,
    openingTimes: joinBlocks([
      describeSchedules(asList(s.regular_schedules, 'regular_schedules', warn)),
      holidays(asList(s.holiday_schedules, 'holiday_schedules', warn)),
    ], '\n'),
    delivery: unique([...deliveryFrom(s.attending_type), ...terms.delivery.flatMap(deliveryFrom)]) as Delivery[],
    languages: languagesFrom(asList(s.languages, 'languages', warn)),
    accessibility: unique(locations.flatMap((l) => l.accessibility ?? [])),
    commissioners: unique(asList(s.fundings ?? s.funding, 'fundings', warn).map((f) => cleanLine(f.source))),
    categories: terms.category,
    lastReviewed: toIsoDate(s.assured_date, 'assured_date', warn),
  };
}

/** The widest age range over the eligibility rows (a v1 service may have one row per group it serves). */
function ageRange(rows: JsonRecord[], warn: Warn): { minAge?: number; maxAge?: number } {
  const mins = rows.map((e, i) => toAge(e.minimum_age, `eligibilitys[${i}].minimum_age`, warn)).filter((n): n is number => n !== undefined);
  const maxs = rows.map((e, i) => toAge(e.maximum_age, `eligibilitys[${i}].maximum_age`, warn)).filter((n): n is number => n !== undefined);
  return {
    ...(mins.length ? { minAge: Math.min(...mins) } : {}),
    ...(maxs.length ? { maxAge: Math.max(...maxs) } : {}),
  };
}

function taxonomyTerms(rows: JsonRecord[]): { need: string[]; access: string[]; delivery: string[]; category: string[] } {
  const out = { need: [] as string[], access: [] as string[], delivery: [] as string[], category: [] as string[] };
  for (const row of rows) {
    const t = isRecord(row.taxonomy) ? row.taxonomy : row;
    const name = cleanLine(t.name);
    if (!name) continue;
    const parent = isRecord(t.parent) ? cleanLine(t.parent.name) : cleanLine(t.parent_name);
    const role = classifyTerm({ name, vocabulary: t.vocabulary, path: parent, linkType: row.link_type });
    out[role].push(name);
    if (role === 'delivery') out.category.push(name);
  }
  return { need: unique(out.need), access: unique(out.access), delivery: out.delivery, category: unique(out.category) };
}

function location(x: JsonRecord, i: number, warn: Warn): Partial<OfferLocation> | undefined {
  const loc = isRecord(x.location) ? x.location : undefined;
  if (!loc) return undefined;
  const where = `service_at_locations[${i}].location`;
  const address = asList(loc.physical_addresses, `${where}.physical_addresses`, warn)[0]
    ?? asList(loc.postal_addresses, `${where}.postal_addresses`, warn)[0];
  return makeLocation({
    id: cleanLine(loc.id),
    name: cleanLine(loc.name),
    address: address ? addressText({ ...address, attention: undefined }) : undefined,
    postcode: postcode(address?.postal_code),
    ...coordinates(loc.latitude, loc.longitude, where, warn),
    accessibility: accessibilityFrom(asList(loc.accessibility_for_disabilities, `${where}.accessibility_for_disabilities`, warn)),
  });
}

function holidays(rows: JsonRecord[]): string | undefined {
  const lines = rows.map((h) => {
    const range = joinBlocks([cleanLine(h.start_date), cleanLine(h.end_date)], ' to ');
    if (!range) return undefined;
    return h.closed === false ? `${range}: open ${joinBlocks([cleanLine(h.opens_at), cleanLine(h.closes_at)], ' to ') ?? ''}`.trim() : `Closed ${range}`;
  });
  return joinBlocks(unique(lines), '\n');
}
