/**
 * The engine's weights, in one place. They are set for the product's behaviour (every mentioned
 * concept represented, lateral provision surfaced, hubs not winning by size), and measured with
 * `npm run eval`; nothing here refers to particular words or scenarios.
 */
export interface DiscoverTuning {
  /** Teleport probability of the personalised PageRank (higher stays closer to the seeds). */
  alpha: number;
  /** Push threshold (lower explores further). */
  epsilon: number;
  /** An offer's PageRank is divided by degree^this, so a hub does not win by being a hub... */
  degreeExponent: number;
  /** ...and a concept's by degree^this: lower, since a process or right that many things lead to is one families need to know. */
  conceptDegreeExponent: number;
  /** Weight of each step up from a concept to what it is a kind of, as extra seeds of its walk. */
  ancestorDecay: number;
  /** Added to the degree before dividing, so a node with one or two links does not win by being small. */
  degreeSmoothing: number;
  /** Seed weight of a concept the person said they do not have (it still matters: how to get it). */
  negatedSeed: number;
  /** Full-text hits used as seeds of the text walk. */
  textSeeds: number;
  /** RRF weight of each concept's own walk (times the concept's confidence). */
  conceptWalkWeight: number;
  /** RRF weight of the walk from the full-text hits. */
  textWalkWeight: number;
  /** RRF weight of the full-text ranking itself. */
  textWeight: number;
  /** RRF weight of the understood concepts themselves. */
  conceptWeight: number;
  /** RRF weight of the concepts the best offers of a walk share. */
  sharedWeight: number;
  /** How many of a walk's best offers are looked at for what they share. */
  sharedOffers: number;
  /** Shared score is divided by (offers linking to the concept + this)^sharedExponent. */
  sharedSmoothing: number;
  /** An offer's weight in what is shared: its PageRank / degree^this. */
  sharedOfferExponent: number;
  sharedExponent: number;
  rrfK: number;
  /** A concept with n narrower concepts counts (1 + n)^-this as an answer (rank/priors.ts). */
  containerExponent: number;
  /** How strongly the answer prior (rank/priors.ts) weighs on the fused score. */
  priorExponent: number;
  /** Candidates per ranked list. */
  candidates: number;
  /** Each further result of the same kind counts this much less... */
  kindDecay: number;
  /** ...and of the same group (kind of help, type of setting) this much less again. */
  groupDecay: number;
}

export const DISCOVER_TUNING: DiscoverTuning = {
  alpha: 0.2,
  epsilon: 3e-5,
  degreeExponent: 0.25,
  conceptDegreeExponent: 0.25,
  ancestorDecay: 0.5,
  degreeSmoothing: 0,
  negatedSeed: 0.4,
  textSeeds: 15,
  conceptWalkWeight: 1,
  textWalkWeight: 0.6,
  textWeight: 0.5,
  conceptWeight: 1,
  sharedWeight: 1.25,
  sharedOffers: 60,
  sharedSmoothing: 5,
  sharedOfferExponent: 0.5,
  sharedExponent: 0.5,
  rrfK: 20,
  containerExponent: 0.25,
  priorExponent: 2,
  candidates: 300,
  kindDecay: 0.85,
  groupDecay: 0.7,
};
