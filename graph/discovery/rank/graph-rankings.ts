import { CONCEPT_KINDS, OFFER_KINDS } from '../kinds.ts';
import type { Snapshot } from '../snapshot/types.ts';
import { personalisedPageRank, type Seed } from '../spreading/ppr-push.ts';
import type { DiscoverTuning } from './tuning.ts';

export interface Walk {
  /** Eligible nodes by their own walk score, best first. */
  ranked: number[];
  /**
   * Concepts by what the best provision found has in common: kinds of help, processes, laws and
   * pathways that many of the relevant offers link to, relative to how many offers link to them.
   */
  shared: number[];
  touched: number[];
}

/**
 * One personalised PageRank walk from `seeds`, ranked by score / (degree + smoothing)^β among eligible
 * nodes, and the concepts its best offers share. Offers on a way in the person said they do not have
 * count less (`demoted`).
 */
export function walk(snapshot: Snapshot, seeds: Seed[], tuning: DiscoverTuning, masks: { blocked: Uint8Array; eligible: Uint8Array }, demoted: ReadonlySet<number>): Walk {
  const ppr = personalisedPageRank(snapshot, seeds, { alpha: tuning.alpha, epsilon: tuning.epsilon, blocked: masks.blocked });
  const scored: { index: number; score: number }[] = [];
  const offers: { index: number; score: number }[] = [];
  for (const index of ppr.touched) {
    const offer = OFFER_KINDS.has(snapshot.nodes[index]!.kind);
    const exponent = offer ? tuning.degreeExponent : tuning.conceptDegreeExponent;
    let score = ppr.scores[index]! / Math.pow(Math.max(1, snapshot.degree[index]! + tuning.degreeSmoothing), exponent);
    if (demoted.has(index)) score *= 0.3;
    if (offer && !masks.blocked[index]) offers.push({ index, score: ppr.scores[index]! / Math.pow(Math.max(1, snapshot.degree[index]!), tuning.sharedOfferExponent) });
    if (masks.eligible[index]) scored.push({ index, score });
  }
  scored.sort((a, b) => b.score - a.score);
  offers.sort((a, b) => b.score - a.score);
  const seedSet = new Set(seeds.map((s) => s.index));
  return {
    ranked: scored.slice(0, tuning.candidates).map((s) => s.index),
    shared: sharedConcepts(snapshot, offers.slice(0, tuning.sharedOffers), masks.eligible, seedSet, tuning),
    touched: ppr.touched,
  };
}

/** Concepts ranked by Σ relevance of the linking offers / (offers linking to the concept + k)^γ. */
function sharedConcepts(snapshot: Snapshot, offers: { index: number; score: number }[], eligible: Uint8Array, seeds: ReadonlySet<number>, tuning: DiscoverTuning): number[] {
  const top = offers[0]?.score ?? 0;
  if (top <= 0) return [];
  const sums = new Map<number, number>();
  offers.forEach(({ index, score }) => {
    for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
      const concept = snapshot.targets[a]!;
      const w = snapshot.typeWeights[a]!;
      if (w <= 0 || !eligible[concept] || seeds.has(concept) || !CONCEPT_KINDS.has(snapshot.nodes[concept]!.kind)) continue;
      sums.set(concept, (sums.get(concept) ?? 0) + (score / top) * w);
    }
  });
  return [...sums.entries()]
    .map(([index, sum]) => ({ index, score: sum / Math.pow(offerLinks(snapshot, index) + tuning.sharedSmoothing, tuning.sharedExponent) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, tuning.candidates)
    .map((s) => s.index);
}

/** How many offers link to a concept. */
function offerLinks(snapshot: Snapshot, index: number): number {
  let count = 0;
  for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
    if (OFFER_KINDS.has(snapshot.nodes[snapshot.targets[a]!]!.kind)) count++;
  }
  return count;
}
