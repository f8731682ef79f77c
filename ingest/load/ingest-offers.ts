import type { Offer } from '../../ontology/offer.ts';
import type { GraphContext } from '../../graph/seam/index.ts';
import { createOfferRepository, notifyIngested, offerId, type LoadableOffer } from '../../graph/offers/index.ts';
import type { Reject } from '../readers/types.ts';
import { enrichOffer, type AreaRef, type EnrichResult } from '../enrich/index.ts';
import { loadBatch } from './load-batch.ts';
import { addCounts, emptyCounts, type IngestProgress, type IngestSummary } from './summary.ts';

export interface IngestOptions {
  /** Offers per transaction (default 250). */
  batchSize?: number;
  /** Retire offers of the covered sources that this input no longer has (default true). */
  retire?: boolean;
  /** Tell onIngested listeners and bump the graph version when something changed (default true). */
  notify?: boolean;
  /** Sources this input covers in full, besides those its offers name (e.g. an emptied source). */
  sources?: string[];
  /** The authority's areas and name, for placing area names; read from the graph when absent. */
  authority?: { name?: string; areas: AreaRef[] };
  onProgress?: (progress: IngestProgress) => void;
  /** Replaces enrichment (tests). */
  enrich?: (offer: Offer, context: { areas: AreaRef[]; authorityName?: string | undefined }) => EnrichResult;
  now?: Date;
}

/** A batch failed; earlier batches landed (their counts are here), this one and later ones did not. */
export class IngestBatchError extends Error {
  override name = 'IngestBatchError';
  constructor(message: string, readonly summary: IngestSummary, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Enriches and loads offers (normally a reader's output) into the graph.
 * Guarantees: idempotent (an unchanged record is counted "unchanged" and not rewritten); each batch is one
 * transaction, so a failure leaves nothing of that batch; offers that vanished from a covered source are retired
 * (never deleted), except records rejected this time, which keep their last good version; listeners are told after.
 */
export async function ingestOffers(ctx: GraphContext, input: { offers: Offer[]; rejects?: Reject[]; warnings?: string[]; partial?: boolean | undefined }, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const now = (options.now ?? new Date()).toISOString();
  const repo = createOfferRepository(ctx);
  const batchSize = Math.max(1, options.batchSize ?? 250);
  const rejects = [...(input.rejects ?? [])];
  const warnings = [...(input.warnings ?? [])];
  const offers = dedupe(input.offers, rejects);
  const counts = addCounts(emptyCounts(), { read: offers.length + rejects.length, rejected: rejects.length });
  const sources = [...new Set([...offers.map((o) => o.source), ...(options.sources ?? [])])].sort();
  const summary = (): IngestSummary => {
    const seconds = (Date.now() - started) / 1000;
    return { counts, rejects, warnings, sources, seconds, recordsPerSecond: seconds > 0 ? counts.read / seconds : 0, graphVersion };
  };
  let graphVersion = 0;

  const contexts = new Map<string, { areas: AreaRef[]; authorityName?: string | undefined }>();
  const contextFor = async (authorityId: string) => {
    let context = contexts.get(authorityId);
    if (!context) {
      const known = options.authority ?? await repo.readAuthority(authorityId);
      context = { areas: known.areas, authorityName: known.name };
      contexts.set(authorityId, context);
    }
    return context;
  };
  const notes = { unknownAreas: new Set<string>(), unmatchedNeeds: new Set<string>() };
  const enrich = options.enrich ?? enrichOffer;

  for (let from = 0; from < offers.length; from += batchSize) {
    const batch = offers.slice(from, from + batchSize);
    const loadables: LoadableOffer[] = [];
    for (const offer of batch) {
      const result = enrich(offer, await contextFor(offer.authorityId));
      result.unknownAreas.forEach((name) => notes.unknownAreas.add(name));
      result.unmatchedNeeds.forEach((need) => notes.unmatchedNeeds.add(need));
      loadables.push(result.loadable);
    }
    try {
      addCounts(counts, await loadBatch(repo, loadables, now));
    } catch (error) {
      const last = Math.min(from + batchSize, offers.length);
      throw new IngestBatchError(
        `Records ${from + 1} to ${last} (one transaction) could not be written, so none of them were: ${(error as Error).message}` +
        (from > 0 ? ` Records 1 to ${from} were written.` : ''), summary(), { cause: error });
    }
    options.onProgress?.({ done: Math.min(from + batchSize, offers.length), total: offers.length, counts });
  }

  // A partial read (a file that did not parse, a page that never came) did not see everything: retire nothing.
  if (input.partial) warnings.push('Part of the source could not be read, so nothing was retired this time.');
  if ((options.retire ?? true) && !input.partial) {
    const keepBySource = new Map(sources.map((source) => [source, new Set<string>()]));
    for (const offer of offers) keepBySource.get(offer.source)?.add(offerId(offer.source, offer.sourceId));
    for (const [source, keep] of keepBySource) {
      for (const reject of rejects) if (reject.record) keep.add(offerId(source, reject.record));
      counts.retired += await repo.retireMissing(source, [...keep], now);
    }
  }
  if (notes.unknownAreas.size) warnings.push(`Areas not recognised (not linked): ${[...notes.unknownAreas].slice(0, 20).join('; ')}`);
  if (notes.unmatchedNeeds.size) warnings.push(`Needs the ontology does not know (kept as text only): ${[...notes.unmatchedNeeds].slice(0, 20).join('; ')}`);

  const changed = counts.created + counts.updated + counts.retired;
  if ((options.notify ?? true) && changed > 0) {
    graphVersion = await repo.bumpVersion();
    const failures = await notifyIngested({
      sources, authorityIds: [...new Set(offers.map((o) => o.authorityId))], created: counts.created,
      updated: counts.updated, retired: counts.retired, graphVersion,
    });
    failures.forEach((failure) => warnings.push(`An after-ingest listener failed: ${failure.message}`));
  } else {
    graphVersion = await repo.readVersion();
  }
  return summary();
}

/** Keeps the first record of each (source, source id); later ones are rejected. */
function dedupe(offers: Offer[], rejects: Reject[]): Offer[] {
  const seen = new Set<string>();
  return offers.filter((offer) => {
    const key = `${offer.source}\u0000${offer.sourceId}`;
    if (!seen.has(key)) { seen.add(key); return true; }
    rejects.push({ file: offer.source, record: offer.sourceId, field: 'id', reason: `Duplicate id "${offer.sourceId}": an earlier record in ${offer.source} has the same id, so this one was not loaded.` });
    return false;
  });
}
