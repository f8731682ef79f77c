import type { Delivery } from '../../../ontology/offer.ts';
import { cleanLine } from './text.ts';

/**
 * Sorting a source's own taxonomy terms into the Offer's fields. A term goes to `needs` only when the source
 * says it is about needs (a link type such as "eligibility", a vocabulary or parent named "needs", a path
 * "Needs > ...") or when its name is one of the standard SEND need names; access-route terms go to
 * `accessRoute`; delivery terms ("Online or by phone") to `delivery`. Everything else is a category.
 * Matching terms to ontology concepts is enrichment's job, not the reader's.
 */

export type TermRole = 'need' | 'access' | 'delivery' | 'category';

export interface TermContext {
  name: string;
  /** ORUK v3 attribute link_type. */
  linkType?: unknown;
  /** The taxonomy or vocabulary the term belongs to. */
  vocabulary?: unknown;
  /** A path such as "Needs > Autism", or the parent term's name. */
  path?: unknown;
}

/** Need names a directory would only ever use for needs (Code of Practice areas and common conditions). */
const NEED_NAMES = new Set([
  'autism', 'autism spectrum disorder', 'asd', 'adhd', 'attention deficit hyperactivity disorder', 'dyslexia',
  'dyspraxia', 'dyscalculia', 'hearing impairment', 'visual impairment', 'multi-sensory impairment',
  'learning disability', 'learning disabilities', 'physical disability', 'speech, language and communication needs',
  'slcn', 'communication and interaction', 'cognition and learning', 'social, emotional and mental health',
  'semh', 'sensory and/or physical needs', 'sensory and physical needs', 'moderate learning difficulties',
  'severe learning difficulties', 'profound and multiple learning difficulties', 'specific learning difficulties',
]);

const NEED_WORDS = /\b(needs?|send needs|conditions?|disabilit(y|ies)|impairments?|suitabilit(y|ies))\b/i;

export function classifyTerm(t: TermContext): TermRole {
  const link = lower(t.linkType);
  const vocab = lower(t.vocabulary);
  const path = lower(t.path);
  if (/access|referral|route/.test(link) || /access route|referral/.test(vocab)) return 'access';
  if (/deliver|attend|mode|^location$/.test(link)) return 'delivery';
  if (/eligib|need|condition|suitab/.test(link)) return 'need';
  if (NEED_WORDS.test(vocab) || /^needs?\b/.test(path)) return 'need';
  if (NEED_NAMES.has(t.name.toLowerCase())) return 'need';
  return 'category';
}

function lower(value: unknown): string {
  return (cleanLine(value) ?? '').toLowerCase();
}

/** Delivery modes named in a phrase ("Online or by phone" → online, telephone). */
export function deliveryFrom(value: unknown): Delivery[] {
  const s = lower(value);
  const out: Delivery[] = [];
  if (/\bin[ -]person\b|face[ -]to[ -]face|\bvenue\b|\bclinic\b|\bcentre\b|drop[ -]in/.test(s)) out.push('in person');
  if (/\bonline\b|\bvideo\b|\bvirtual\b|\bremote(ly)?\b|\bweb\b|\bzoom\b|\bteams\b/.test(s)) out.push('online');
  if (/\b(tele)?phone\b|\bcall\b|\bhelpline\b/.test(s)) out.push('telephone');
  if (/\bhome\b|\bhome visits?\b|\boutreach\b/.test(s)) out.push('home visits');
  return out;
}

/** Delivery modes from a written list, naming (in `unknown`) the entries that are none of the four. */
export function deliveryList(values: string[]): { delivery: Delivery[]; unknown: string[] } {
  const delivery: Delivery[] = [];
  const unknown: string[] = [];
  for (const v of values) {
    const found = deliveryFrom(v);
    if (found.length) delivery.push(...found);
    else unknown.push(v);
  }
  return { delivery: [...new Set(delivery)], unknown };
}
