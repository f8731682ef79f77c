import { CONCEPT_KINDS, OFFER_KINDS } from '../kinds.ts';
import type { Snapshot } from '../snapshot/types.ts';
import { personalisedPageRank, type Seed } from '../spreading/ppr-push.ts';
import { TopK } from './top-k.ts';
import type { DiscoverTuning } from './tuning.ts';

export interface Walk {
  /** Eligible nodes by their own walk score, best first. */
  ranked: number[];
  /**
   * Concepts by what the best provision found has in common: kinds of help, processes, laws and
   * pathways that many of the relevant offers link to, relative to how many offers link to them.
   */
  shared: number[];
  /** The walk's PageRank of every node (0 where it did not reach). */
  scores: Float64Array;
}

/**
 * One personalised PageRank walk from `seeds`, ranked by score / (degree + smoothing)^β among eligible
 * nodes, and the concepts its best offers share. Offers on a way in the person said they do not have
 * count less (`demoted`).
 */
export function walk(snapshot: Snapshot, seeds: Seed[], tuning: DiscoverTuning, masks: { blocked: Uint8Array; eligible: Uint8Array }, demoted: ReadonlySet<number>): Walk {
  const ppr = personalisedPageRank(snapshot, seeds, { alpha: tuning.alpha, epsilon: tuning.epsilon, blocked: masks.blocked });
  const { divisor, offer } = normalisers(snapshot, tuning);
  const ranked = new TopK(tuning.candidates);
  const offers = new TopK(tuning.sharedOffers);
  for (const index of ppr.touched) {
    const p = ppr.scores[index]!;
    const damp = demoted.has(index) ? 0.3 : 1;
    if (masks.eligible[index]) ranked.push(index, (p / divisor[index]!) * damp);
    if (offer[index]! > 0 && !masks.blocked[index]) offers.push(index, p / offer[index]!);
  }
  const seedSet = new Set(seeds.map((s) => s.index));
  return { ranked: ranked.sorted().map((e) => e.index), shared: sharedConcepts(snapshot, offers.sorted(), masks.eligible, seedSet, tuning), scores: ppr.scores };
}

const normaliserCache = new WeakMap<Snapshot, Map<string, { divisor: Float64Array; offer: Float64Array }>>();

/**
 * Per snapshot and tuning, once: each node's divisor, (degree + smoothing)^β (β for offers or for
 * concepts), and for offers the divisor of their weight in what is shared (0 for non-offers).
 */
function normalisers(snapshot: Snapshot, tuning: DiscoverTuning): { divisor: Float64Array; offer: Float64Array } {
  const key = `${tuning.degreeExponent}|${tuning.conceptDegreeExponent}|${tuning.degreeSmoothing}|${tuning.sharedOfferExponent}`;
  let bySnapshot = normaliserCache.get(snapshot);
  if (!bySnapshot) normaliserCache.set(snapshot, (bySnapshot = new Map()));
  let found = bySnapshot.get(key);
  if (!found) {
    const n = snapshot.nodes.length;
    const divisor = new Float64Array(n);
    const offer = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const isOffer = OFFER_KINDS.has(snapshot.nodes[i]!.kind);
      const degree = snapshot.degree[i]!;
      divisor[i] = Math.pow(Math.max(1, degree + tuning.degreeSmoothing), isOffer ? tuning.degreeExponent : tuning.conceptDegreeExponent);
      offer[i] = isOffer ? Math.pow(Math.max(1, degree), tuning.sharedOfferExponent) : 0;
    }
    found = { divisor, offer };
    bySnapshot.set(key, found);
  }
  return found;
}

/** Provision-side concepts (kinds of help, processes, laws, pathways...) ranked by Σ relevance of the linking offers / (offers linking to the concept + k)^γ. */
function sharedConcepts(snapshot: Snapshot, offers: { index: number; score: number }[], eligible: Uint8Array, seeds: ReadonlySet<number>, tuning: DiscoverTuning): number[] {
  const top = offers[0]?.score ?? 0;
  if (top <= 0) return [];
  const sums = new Map<number, number>();
  offers.forEach(({ index, score }) => {
    for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
      const concept = snapshot.targets[a]!;
      const w = snapshot.typeWeights[a]!;
      // Provision-side concepts only: other needs the same offers serve are not what they share.
      const kind = snapshot.nodes[concept]!.kind;
      if (w <= 0 || !eligible[concept] || seeds.has(concept) || kind === 'need' || !CONCEPT_KINDS.has(kind)) continue;
      sums.set(concept, (sums.get(concept) ?? 0) + (score / top) * w);
    }
  });
  return [...sums.entries()]
    .map(([index, sum]) => ({ index, score: sum / Math.pow(offerLinks(snapshot, index) + tuning.sharedSmoothing, tuning.sharedExponent) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, tuning.candidates)
    .map((s) => s.index);
}

const offerLinkCache = new WeakMap<Snapshot, Int32Array>();

/** How many offers link to a concept (counted once per snapshot). */
function offerLinks(snapshot: Snapshot, index: number): number {
  let counts = offerLinkCache.get(snapshot);
  if (!counts) {
    counts = new Int32Array(snapshot.nodes.length);
    for (let i = 0; i < snapshot.nodes.length; i++) {
      if (!OFFER_KINDS.has(snapshot.nodes[i]!.kind)) continue;
      for (let a = snapshot.offsets[i]!; a < snapshot.offsets[i + 1]!; a++) counts[snapshot.targets[a]!]! += 1;
    }
    offerLinkCache.set(snapshot, counts);
  }
  return counts[index]!;
}
