import type { FrameworkAnswer, OfferLocation } from '../../../ontology/offer.ts';
import type { MappedOffer } from '../shared/collector.ts';
import { costFrom } from '../shared/cost.ts';
import { addressText, coordinates, makeLocation, postcode } from '../shared/location.ts';
import { describeSchedules } from '../shared/opening-times.ts';
import { accessibilityFrom, contactsFrom } from '../shared/people.ts';
import { cleanBlock, cleanLine, joinBlocks, unique } from '../shared/text.ts';
import { asList, isRecord, toAge, toEmail, toIsoDate, toUrl, warnNonText, type JsonRecord, type Warn } from '../shared/values.ts';

const TEXT_FIELDS = ['description', 'url', 'email', 'updated_at', 'referral_url'] as const;

/**
 * Maps one Outpost service (its directory API shape, as in scout-x's fixture) to the Offer model:
 * send_needs (and suitabilities) → needs, local_offer survey answers → answers, GeoJSON points → lat/lon,
 * taxonomies → categories, cost_options + free → cost, regular_schedules → opening times, min_age/max_age
 * (or the age-band flags when they are missing), needs_referral → access route.
 */
export function mapOutpostService(s: JsonRecord, warn: Warn): MappedOffer {
  warnNonText(s, TEXT_FIELDS, warn);
  const org = isRecord(s.organisation) ? s.organisation : undefined;
  const orgName = cleanLine(org?.name);
  const locations = asList(s.locations, 'locations', warn).map((l, i) => location(l, i, warn)).filter((l): l is Partial<OfferLocation> => Boolean(l));
  const contacts = contactsFrom(asList(s.contacts, 'contacts', warn), warn);
  const localOffer = isRecord(s.local_offer) ? s.local_offer : undefined;
  const ages = {
    minAge: toAge(s.min_age, 'min_age', warn),
    maxAge: toAge(s.max_age, 'max_age', warn),
  };
  const bands = agesFromBands(s);
  const referral = s.needs_referral === true ? 'Referral needed' : s.needs_referral === false ? 'No referral needed' : undefined;
  return {
    sourceId: cleanLine(s.id) ?? '',
    kind: 'service',
    name: cleanLine(s.name) ?? '',
    summary: cleanLine(localOffer?.description),
    description: cleanBlock(s.description) ?? '',
    organisation: orgName ? {
      id: cleanLine(org?.id), name: orgName, description: cleanBlock(org?.description), url: toUrl(org?.url, 'organisation.url', warn),
    } : undefined,
    needs: unique([...named(s.send_needs, 'send_needs', warn).map(outpostNeed), ...named(s.suitabilities, 'suitabilities', warn)]),
    minAge: ages.minAge ?? (ages.maxAge === undefined ? bands.minAge : undefined),
    maxAge: ages.maxAge ?? (ages.minAge === undefined ? bands.maxAge : undefined),
    accessRoute: referral,
    referral: joinBlocks([referral && `${referral}.`, toUrl(s.referral_url, 'referral_url', warn) && `Referral form: ${cleanLine(s.referral_url)}`], ' '),
    cost: costFrom(asList(s.cost_options, 'cost_options', warn), s.fees, typeof s.free === 'boolean' ? s.free : null),
    locations,
    contacts,
    website: toUrl(s.url, 'url', warn),
    email: toEmail(s.email, 'email', warn) ?? contacts.find((c) => c.email)?.email,
    phone: contacts.find((c) => c.phone)?.phone,
    openingTimes: describeSchedules(asList(s.regular_schedules, 'regular_schedules', warn)),
    accessibility: unique([...locations.flatMap((l) => l.accessibility ?? []), ...accessibilityFrom(asList(s.accessibilities, 'accessibilities', warn))]),
    categories: named(s.taxonomies, 'taxonomies', warn),
    answers: answers(localOffer, warn),
    lastReviewed: toIsoDate(s.updated_at, 'updated_at', warn),
  };
}

/** Names from a vocabulary list ([{name}] or [{label}] or plain strings). */
function named(value: unknown, field: string, warn: Warn): string[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return unique(value.map((v) => cleanLine(v)));
  return unique(asList(value, field, warn).map((v) => cleanLine(v.name) ?? cleanLine(v.label)));
}

/** Outpost's local offer survey: one answer per question, with the question text as Outpost asks it. */
function answers(localOffer: JsonRecord | undefined, warn: Warn): FrameworkAnswer[] {
  if (!localOffer) return [];
  const out: FrameworkAnswer[] = [];
  for (const a of asList(localOffer.survey_answers, 'local_offer.survey_answers', warn)) {
    const question = cleanLine(a.question);
    const text = cleanBlock(a.answer);
    if (question && text) out.push({ question, text });
  }
  return out;
}

function location(l: JsonRecord, i: number, warn: Warn): Partial<OfferLocation> | undefined {
  const geometry = isRecord(l.geometry) ? l.geometry : undefined;
  const coords = Array.isArray(geometry?.coordinates) ? geometry.coordinates : [];
  const masked = l.mask_exact_address === true;
  return makeLocation({
    id: cleanLine(l.id),
    name: cleanLine(l.name),
    address: masked ? undefined : addressText(l),
    postcode: postcode(l.postal_code),
    // GeoJSON order is [longitude, latitude]; a masked address has rounded coordinates, which are kept (area-level).
    ...coordinates(coords[1] ?? l.latitude, coords[0] ?? l.longitude, `locations[${i}]`, warn),
    accessibility: accessibilityFrom(asList(l.accessibilities, `locations[${i}].accessibilities`, warn)),
  });
}

/** Outpost's age-band flags and the years each covers (8_plus has no upper end; "all" means no limit). */
const BANDS: Array<[flag: string, min: number, max: number | undefined]> = [
  ['age_band_under_2', 0, 1],
  ['age_band_2', 2, 2],
  ['age_band_3_4', 3, 4],
  ['age_band_5_7', 5, 7],
  ['age_band_8_plus', 8, undefined],
];

/**
 * An age range from the age-band flags, used when a service gives no min_age/max_age: the youngest and oldest
 * ages of the bands that are set. "All ages", no band, or the open-ended 8+ band leave that end open.
 */
export function agesFromBands(s: JsonRecord): { minAge?: number; maxAge?: number } {
  if (s.age_band_all === true) return {};
  const set = BANDS.filter(([flag]) => s[flag] === true);
  if (set.length === 0) return {};
  const minAge = Math.min(...set.map(([, min]) => min));
  const open = set.some(([, , max]) => max === undefined);
  return open ? { minAge } : { minAge, maxAge: Math.max(...set.map(([, , max]) => max ?? 0)) };
}

/**
 * Outpost's send_needs vocabulary names two needs by a bare adjective ("Hearing", "Visual") that would be
 * too loose as synonyms in free text; here, as a field value, their meaning is certain.
 */
const OUTPOST_SEND_NEEDS: Record<string, string> = { hearing: 'need:hearing-impairment', visual: 'need:vision-impairment' };

function outpostNeed(label: string): string {
  return OUTPOST_SEND_NEEDS[label.trim().toLowerCase()] ?? label;
}
