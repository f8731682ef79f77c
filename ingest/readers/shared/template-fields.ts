import type { CostType, OfferKind } from '../../../ontology/offer.ts';
import type { MappedOffer } from './collector.ts';
import { makeLocation, postcode } from './location.ts';
import { deliveryList } from './terms.ts';
import { cleanBlock, cleanLine, splitList } from './text.ts';
import { toAge, toEmail, toIsoDate, toUrl, type Warn } from './values.ts';

/**
 * The fields of the LA template (ingest/README.md): the CSV columns, and the front matter / <meta> / header
 * fields of offer documents. One mapping for both, so a spreadsheet row and a document mean the same thing.
 */
export const TEMPLATE_FIELDS = [
  'id', 'name', 'kind', 'setting_type', 'organisation', 'description', 'summary', 'needs', 'min_age', 'max_age',
  'eligibility', 'access_route', 'referral', 'cost', 'cost_detail', 'waiting_time', 'areas', 'address', 'postcode',
  'phone', 'email', 'website', 'opening_times', 'delivery', 'languages', 'accessibility', 'commissioner',
  'legislation', 'last_reviewed',
] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];
export type TemplateValues = Partial<Record<TemplateField, string>>;

/** Other spellings people use for the same field. */
const ALIASES: Record<string, TemplateField> = {
  organization: 'organisation', provider: 'organisation', commissioners: 'commissioner', funder: 'commissioner',
  url: 'website', web: 'website', telephone: 'phone', tel: 'phone', postal_code: 'postcode', post_code: 'postcode',
  minimum_age: 'min_age', maximum_age: 'max_age', age_from: 'min_age', age_to: 'max_age', type: 'kind',
  need: 'needs', area: 'areas', language: 'languages', access: 'access_route', wait: 'waiting_time',
  waiting_times: 'waiting_time', opening_hours: 'opening_times', reviewed: 'last_reviewed', last_updated: 'last_reviewed',
};

/** The template field a header names ("Min Age", " min-age " → min_age), or undefined when it is not one. */
export function templateField(header: string): TemplateField | undefined {
  const key = header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if ((TEMPLATE_FIELDS as readonly string[]).includes(key)) return key as TemplateField;
  return ALIASES[key];
}

const SETTING_WORDS = /\b(school|nursery|pre-?school|playgroup|college|academy|childminder|setting|sixth form)\b/i;

function kindOf(value: string | undefined, fallback: OfferKind, warn: Warn): { kind: OfferKind; settingType?: string } {
  const v = cleanLine(value)?.toLowerCase();
  if (!v) return { kind: fallback };
  if (v === 'service' || v === 'setting') return { kind: v };
  if (SETTING_WORDS.test(v)) return { kind: 'setting', settingType: cleanLine(value) };
  warn(`kind "${v.slice(0, 40)}" is neither service nor setting; read as ${fallback}`);
  return { kind: fallback };
}

function costOf(value: string | undefined, warn: Warn): { type: CostType; extra?: string } {
  const v = cleanLine(value);
  if (!v) return { type: 'unknown' };
  const s = v.toLowerCase();
  if (/^(free|no charge|none|nil|£?0(\.00)?)$/.test(s) || /^free\b/.test(s)) return { type: 'free', ...(s === 'free' ? {} : { extra: v }) };
  if (/^(paid|charged?|chargeable|fee|fees|pay)$/.test(s)) return { type: 'paid' };
  if (/^subsidi[sz]ed$/.test(s)) return { type: 'subsidised' };
  if (/^(varies|various|variable|mixed|depends)$/.test(s)) return { type: 'varies' };
  if (/£\s?\d/.test(s)) return { type: 'paid', extra: v };
  warn(`cost "${v.slice(0, 40)}" is not free, paid, subsidised or varies; kept as the cost detail`);
  return { type: 'unknown', extra: v };
}

/** Maps template values to an offer. Loose values are read where the meaning is clear, with a warning otherwise. */
export function templateToOffer(v: TemplateValues, defaultKind: OfferKind, warn: Warn): MappedOffer {
  const { kind, settingType } = kindOf(v.kind, defaultKind, warn);
  const cost = costOf(v.cost, warn);
  const costDetail = [cost.extra, cleanBlock(v.cost_detail)].filter(Boolean).join('; ');
  const delivery = deliveryList(splitList(v.delivery));
  if (delivery.unknown.length) warn(`delivery "${delivery.unknown.join('; ')}" is not in person, online, telephone or home visits; left out`);
  const accessibility = splitList(v.accessibility);
  const location = makeLocation({ address: cleanLine(v.address), postcode: postcode(v.postcode), accessibility });
  return {
    sourceId: cleanLine(v.id) ?? '',
    kind,
    name: cleanLine(v.name) ?? '',
    summary: cleanLine(v.summary),
    description: cleanBlock(v.description) ?? '',
    settingType: cleanLine(v.setting_type) ?? settingType,
    organisation: cleanLine(v.organisation) ? { name: cleanLine(v.organisation) ?? '' } : undefined,
    needs: splitList(v.needs),
    minAge: toAge(v.min_age, 'min_age', warn),
    maxAge: toAge(v.max_age, 'max_age', warn),
    eligibility: cleanBlock(v.eligibility),
    accessRoute: cleanLine(v.access_route),
    referral: cleanBlock(v.referral),
    cost: costDetail ? { type: cost.type, detail: costDetail } : { type: cost.type },
    waitingTime: cleanLine(v.waiting_time),
    locations: location ? [location] : [],
    areas: splitList(v.areas),
    website: toUrl(v.website, 'website', warn),
    email: toEmail(v.email, 'email', warn),
    phone: cleanLine(v.phone),
    openingTimes: cleanBlock(v.opening_times),
    delivery: delivery.delivery,
    languages: splitList(v.languages),
    accessibility,
    commissioners: splitList(v.commissioner),
    legislation: splitList(v.legislation),
    lastReviewed: toIsoDate(v.last_reviewed, 'last_reviewed', warn),
  };
}
