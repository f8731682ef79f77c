import type { Offer } from '../../ontology/offer.ts';
import { findAgeMentions, spanOfMentions, type AgeMention } from './ages.ts';
import { snippet } from './evidence.ts';
import { LinkSet, fieldEvidence } from './link-set.ts';
import { conceptsOfScheme } from './vocabulary.ts';

/**
 * The ontology's age bands that overlap min..max (an open end reaches 0 or the oldest band). A maximum that is
 * where a band starts is read as the boundary, the way providers write it: "aged 5 to 11" and "0-19" mean up to
 * the start of secondary school and of the 19-25 band, not into them.
 */
export function ageBandsFor(min: number | undefined, max: number | undefined): string[] {
  const bands = conceptsOfScheme('ageBand').filter((band) => band.minAge !== undefined && band.maxAge !== undefined);
  const from = min ?? 0;
  let to = max ?? Number.POSITIVE_INFINITY;
  if (max !== undefined && max > from && bands.some((band) => band.minAge === max)) to = max - 1;
  return bands.filter((band) => from <= (band.maxAge ?? 0) && to >= (band.minAge ?? 0)).map((band) => band.id);
}

/**
 * FOR_AGE links and the offer's age range. From minAge/maxAge when the source gave them (explicit, to every
 * overlapping band); otherwise from ages named in its text (inferred, with the words), which also fill
 * minAge/maxAge. Returns the ages to store.
 */
export function addAgeLinks(offer: Offer, texts: Array<{ text: string }>, answers: Array<{ text: string }>, links: LinkSet): { minAge?: number; maxAge?: number } {
  if (offer.minAge !== undefined || offer.maxAge !== undefined) {
    const evidence = fieldEvidence('ages', `${offer.minAge ?? 0} to ${offer.maxAge ?? 'any age'}`);
    for (const band of ageBandsFor(offer.minAge, offer.maxAge)) links.add('FOR_AGE', band, true, evidence);
  }
  const mentions = collect(texts);
  const fromText = mentions.length ? mentions : collect(answers);
  if (offer.minAge !== undefined && offer.maxAge !== undefined) return { minAge: offer.minAge, maxAge: offer.maxAge };
  for (const { text, mention } of fromText) {
    const evidence = snippet(text, mention);
    for (const band of ageBandsFor(mention.min, mention.max)) links.add('FOR_AGE', band, false, evidence);
  }
  const span = spanOfMentions(fromText.map((f) => f.mention));
  let minAge = offer.minAge ?? span.min;
  let maxAge = offer.maxAge ?? span.max;
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    if (offer.minAge === undefined) minAge = undefined;
    else maxAge = undefined;
  }
  return { ...(minAge === undefined ? {} : { minAge }), ...(maxAge === undefined ? {} : { maxAge }) };
}

function collect(texts: Array<{ text: string }>): Array<{ text: string; mention: AgeMention }> {
  return texts.flatMap(({ text }) => findAgeMentions(text).map((mention) => ({ text, mention })));
}
