import type { OfferInput } from '../../../ontology/offer.ts';
import { cutText } from './text.ts';
import type { Warn } from './values.ts';

/**
 * The Offer schema's length limits (ontology/offer.ts), applied before validation so that one over-long field
 * does not cost the whole record: prose is cut at a word boundary (with a warning naming the field and its
 * length); contact details that are too long to be real (a 60-character phone number) are dropped, with a warning.
 * tests/ingest/readers/shared/limits.test.ts checks these numbers against the schema.
 */
export const PROSE_LIMITS = {
  name: 300, summary: 1_000, description: 50_000, settingType: 200, eligibility: 5_000, accessRoute: 300,
  referral: 5_000, waitingTime: 500, openingTimes: 2_000,
} as const;
export const DETAIL_LIMITS = { website: 500, email: 200, phone: 50 } as const;
export const LIST_LIMITS = {
  needs: 200, areas: 200, languages: 100, accessibility: 300, commissioners: 300, legislation: 300, categories: 200,
} as const;
export const NESTED_LIMITS = {
  organisation: { name: 300, description: 5_000, url: 500, id: 200 },
  cost: { detail: 2_000 },
  location: { id: 200, name: 300, address: 500, postcode: 12, accessibility: 300 },
  contact: { name: 200, role: 200, phone: 50, email: 200 },
  answer: { question: 500, text: 20_000 },
} as const;

type Mutable = Record<string, unknown>;

function cutField(obj: Mutable, key: string, max: number, label: string, warn: Warn): void {
  const v = obj[key];
  if (typeof v === 'string' && v.length > max) {
    warn(`${label} was ${v.length.toLocaleString('en-GB')} characters; cut to the limit of ${max.toLocaleString('en-GB')}`);
    obj[key] = cutText(v, max);
  }
}

function dropField(obj: Mutable, key: string, max: number, label: string, warn: Warn): void {
  const v = obj[key];
  if (typeof v === 'string' && v.length > max) {
    warn(`${label} "${v.slice(0, 40)}…" is longer than ${max} characters, so it cannot be right; left out`);
    delete obj[key];
  }
}

function cutList(list: unknown, max: number, label: string, warn: Warn): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.map((v: unknown) => {
    if (typeof v === 'string' && v.length > max) {
      warn(`an entry in ${label} was ${v.length} characters; cut to ${max}`);
      return cutText(v, max);
    }
    return v as string;
  });
}

/** Fits a mapped offer into the schema's limits in place, warning about every change. */
export function fitToLimits(offer: OfferInput, warn: Warn): OfferInput {
  const o = offer as Mutable;
  for (const [key, max] of Object.entries(PROSE_LIMITS)) cutField(o, key, max, key, warn);
  for (const [key, max] of Object.entries(DETAIL_LIMITS)) dropField(o, key, max, key, warn);
  for (const [key, max] of Object.entries(LIST_LIMITS)) {
    const cut = cutList(o[key], max, key, warn);
    if (cut) o[key] = cut;
  }
  if (offer.organisation) {
    const org = offer.organisation as Mutable;
    const l = NESTED_LIMITS.organisation;
    cutField(org, 'name', l.name, 'organisation name', warn);
    cutField(org, 'description', l.description, 'organisation description', warn);
    dropField(org, 'url', l.url, 'organisation url', warn);
    dropField(org, 'id', l.id, 'organisation id', warn);
  }
  if (offer.cost) cutField(offer.cost as Mutable, 'detail', NESTED_LIMITS.cost.detail, 'cost detail', warn);
  offer.locations?.forEach((loc, i) => {
    const l = NESTED_LIMITS.location;
    const m = loc as Mutable;
    dropField(m, 'id', l.id, `locations[${i}].id`, warn);
    cutField(m, 'name', l.name, `locations[${i}].name`, warn);
    cutField(m, 'address', l.address, `locations[${i}].address`, warn);
    dropField(m, 'postcode', l.postcode, `locations[${i}].postcode`, warn);
    const acc = cutList(m.accessibility, l.accessibility, `locations[${i}].accessibility`, warn);
    if (acc) m.accessibility = acc;
  });
  offer.contacts?.forEach((c, i) => {
    const l = NESTED_LIMITS.contact;
    const m = c as Mutable;
    cutField(m, 'name', l.name, `contacts[${i}].name`, warn);
    cutField(m, 'role', l.role, `contacts[${i}].role`, warn);
    dropField(m, 'phone', l.phone, `contacts[${i}].phone`, warn);
    dropField(m, 'email', l.email, `contacts[${i}].email`, warn);
  });
  offer.answers?.forEach((a, i) => {
    const m = a as Mutable;
    cutField(m, 'question', NESTED_LIMITS.answer.question, `answers[${i}].question`, warn);
    cutField(m, 'text', NESTED_LIMITS.answer.text, `answers[${i}].text`, warn);
  });
  return offer;
}
