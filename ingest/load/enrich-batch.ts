import type { Offer } from '../../ontology/offer.ts';
import type { LoadableOffer } from '../../graph/offers/index.ts';
import type { AreaRef, EnrichResult } from '../enrich/index.ts';

export type EnrichContext = { areas: AreaRef[]; authorityName?: string | undefined };
export type Enrich = (offer: Offer, context: EnrichContext) => EnrichResult;

/** Offers enriched between two turns of the event loop: about 10 ms of work. */
const SLICE = 25;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Enriches one batch, giving the event loop a turn every SLICE offers. Enrichment is synchronous CPU work; the
 * turns let the previous batch's write (in flight in Neo4j, another process) receive its replies and commit
 * meanwhile, so the two overlap instead of taking turns.
 */
export async function enrichBatch(
  batch: Offer[], enrich: Enrich, contextFor: (authorityId: string) => Promise<EnrichContext>,
  notes: { unknownAreas: Set<string>; unmatchedNeeds: Set<string> },
): Promise<LoadableOffer[]> {
  const loadables: LoadableOffer[] = [];
  for (const [index, offer] of batch.entries()) {
    if (index > 0 && index % SLICE === 0) await nextTurn();
    const result = enrich(offer, await contextFor(offer.authorityId));
    result.unknownAreas.forEach((name) => notes.unknownAreas.add(name));
    result.unmatchedNeeds.forEach((need) => notes.unmatchedNeeds.add(need));
    loadables.push(result.loadable);
  }
  return loadables;
}
