import type { GraphContext } from '../seam/index.ts';
import { explain, type SeedReason } from './explanations/why.ts';
import { diversify } from './fusion/diversity.ts';
import { reciprocalRankFusion, type RankedList } from './fusion/rrf.ts';
import { KIND_LABELS, NOT_RESULTS, OFFER_KINDS, type NodeKind } from './kinds.ts';
import { fullTextHits, type TextHit } from './search/full-text-seeds.ts';
import { buildFullTextQuery } from './search/lucene.ts';
import { servesAge, servesArea } from './search/offer-filters.ts';
import type { Snapshot } from './snapshot/types.ts';
import { bestPaths } from './spreading/best-paths.ts';
import { personalisedPageRank, type Seed } from './spreading/ppr-push.ts';
import { understandingContext } from './understand/context.ts';
import { stem, tokenize } from './understand/nlp.ts';
import { understandQuestion, type Interpretation } from './understand/understand.ts';
import { resultGroup } from './fusion/groups.ts';

export interface DiscoverRequest {
  q: string;
  age?: number | null;
  area?: string | null;
  limit?: number;
  /** Concept ids to add to the interpretation. */
  concepts?: readonly string[];
  /** Concept ids to leave out of it. */
  exclude?: readonly string[];
}

export interface DiscoverResult {
  id: string;
  kind: NodeKind;
  kindLabel: string;
  name: string;
  summary: string;
  score: number;
  why: string[];
}

export interface DiscoverResponse {
  interpretation: Interpretation;
  results: DiscoverResult[];
}

/** Tunable weights of the engine (see tests/eval for how they are measured). */
export const DISCOVER_TUNING = {
  /** Share of the walk that starts from the concepts understood, when there are any (the rest: full-text hits). */
  conceptShare: 0.7,
  /** Seed weight of a concept the person said they do not have (it still matters: how to get it). */
  negatedSeed: 0.4,
  /** Full-text hits used as seeds. */
  textSeeds: 15,
  /** PageRank is divided by degree^this, so hubs do not win by being hubs. */
  degreeExponent: 0.5,
  /** Weights of the fused lists. */
  graphWeight: 1,
  textWeight: 0.6,
  conceptWeight: 1,
  rrfK: 20,
  /** Candidates considered before diversification. */
  candidates: 300,
  diversityDecay: 0.7,
} as const;

/**
 * Lateral discovery: understand the question, seed from its concepts and full-text hits, spread by
 * personalised PageRank over the snapshot, fuse the graph, full-text and concept rankings by rank,
 * apply age and area as hard filters, diversify, and explain each result by its best path.
 */
export async function discover(ctx: GraphContext, snapshot: Snapshot, request: DiscoverRequest): Promise<DiscoverResponse> {
  const tuning = DISCOVER_TUNING;
  const limit = request.limit ?? 20;
  const context = understandingContext(snapshot);
  const interpretation = understandQuestion(request.q, context, {
    age: request.age ?? null, area: request.area ?? null, concepts: request.concepts ?? [], exclude: request.exclude ?? [],
  });
  const excluded = new Set(interpretation.excluded);

  const query = buildFullTextQuery({ words: interpretation.keywords });
  const hits = (await fullTextHits(ctx, query, Math.max(tuning.textSeeds * 2, limit))).filter((hit) => !excluded.has(hit.id));

  // Seeds: the concepts understood, and the best full-text hits.
  const seeds: Seed[] = [];
  const reasons = new Map<number, SeedReason>();
  const conceptSeeds = interpretation.concepts.filter((c) => snapshot.indexOf.has(c.id));
  const conceptTotal = conceptSeeds.reduce((sum, c) => sum + c.confidence * (c.negated ? tuning.negatedSeed : 1), 0);
  const textHits = rankTextHits(hits, snapshot);
  const textSeeds = textHits.slice(0, tuning.textSeeds);
  const conceptMass = conceptSeeds.length === 0 ? 0 : textSeeds.length === 0 ? 1 : tuning.conceptShare;
  for (const concept of conceptSeeds) {
    const index = snapshot.indexOf.get(concept.id)!;
    const weight = concept.confidence * (concept.negated ? tuning.negatedSeed : 1);
    seeds.push({ index, weight: (conceptMass * weight) / conceptTotal });
    reasons.set(index, { type: 'concept', matched: concept.matched, how: concept.how, negated: concept.negated });
  }
  const keywordStems = new Map(interpretation.keywords.map((w) => [stem(w), w]));
  const textTotal = textSeeds.reduce((sum, _hit, rank) => sum + 1 / (rank + 2), 0);
  textSeeds.forEach((index, rank) => {
    seeds.push({ index, weight: ((1 - conceptMass) * (1 / (rank + 2))) / textTotal });
    if (!reasons.has(index)) reasons.set(index, { type: 'text', words: wordsFound(snapshot, index, keywordStems) });
  });
  if (seeds.length === 0) return { interpretation, results: [] };

  const ppr = personalisedPageRank(snapshot, seeds);
  const age = interpretation.ageRange;
  const area = interpretation.area?.id ?? null;
  const demoted = demotedOffers(snapshot, interpretation);
  const eligible = (index: number): boolean => {
    const node = snapshot.nodes[index]!;
    if (NOT_RESULTS.has(node.kind) || excluded.has(node.id)) return false;
    if (OFFER_KINDS.has(node.kind)) {
      if (age && !servesAge(snapshot, index, age)) return false;
      if (area && !servesArea(snapshot, index, area)) return false;
      return true;
    }
    // Concepts are filtered by age only when they carry ages themselves (legislation never does).
    if (age && (node.minAge !== null || node.maxAge !== null)) {
      return (node.minAge === null || node.minAge <= age.max) && (node.maxAge === null || node.maxAge >= age.min);
    }
    return true;
  };

  const graphRanked = ppr.touched
    .filter(eligible)
    .map((index) => ({ index, score: (ppr.scores[index]! / Math.pow(Math.max(1, snapshot.degree[index]!), tuning.degreeExponent)) * (demoted.has(index) ? 0.3 : 1) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, tuning.candidates)
    .map((entry) => entry.index);
  const lists: RankedList[] = [
    { name: 'graph', items: graphRanked, weight: tuning.graphWeight },
    { name: 'text', items: textHits.filter(eligible), weight: tuning.textWeight },
    { name: 'concepts', items: conceptSeeds.filter((c) => !c.negated).map((c) => snapshot.indexOf.get(c.id)!).filter(eligible), weight: tuning.conceptWeight },
  ];
  const fused = reciprocalRankFusion(lists, tuning.rrfK);
  const ranked = [...fused.entries()].sort((a, b) => b[1] - a[1]).slice(0, tuning.candidates);
  const chosen = diversify(ranked, ([, score]) => score, ([index]) => resultGroup(snapshot, index), limit, tuning.diversityDecay);

  const allowed = new Uint8Array(snapshot.nodes.length);
  for (const index of ppr.touched) allowed[index] = 1;
  const paths = bestPaths(snapshot, seeds, allowed);
  const top = chosen[0]?.[1] ?? 1;
  const results = chosen.map(([index, score]) => {
    const node = snapshot.nodes[index]!;
    return {
      id: node.id, kind: node.kind, kindLabel: KIND_LABELS[node.kind], name: node.name, summary: node.summary,
      score: Math.round((score / top) * 1000) / 1000, why: explain(snapshot, paths, index, reasons),
    };
  });
  return { interpretation, results };
}

/** Full-text hits in the snapshot, best first, offers and concepts interleaved by their own rank. */
function rankTextHits(hits: readonly TextHit[], snapshot: Snapshot): number[] {
  const bySource = { offer: [] as number[], concept: [] as number[] };
  for (const hit of [...hits].sort((a, b) => b.score - a.score)) {
    const index = snapshot.indexOf.get(hit.id);
    if (index !== undefined && !bySource[hit.source].includes(index)) bySource[hit.source].push(index);
  }
  const out: number[] = [];
  for (let i = 0; i < Math.max(bySource.offer.length, bySource.concept.length); i++) {
    if (bySource.offer[i] !== undefined) out.push(bySource.offer[i]!);
    if (bySource.concept[i] !== undefined) out.push(bySource.concept[i]!);
  }
  return out;
}

/** Which of the question's words a node's name or summary contains. */
function wordsFound(snapshot: Snapshot, index: number, keywordStems: ReadonlyMap<string, string>): string[] {
  const node = snapshot.nodes[index]!;
  const found = new Set<string>();
  for (const token of tokenize(`${node.name} ${node.summary}`)) {
    const word = keywordStems.get(token.stem);
    if (word) found.add(word);
  }
  return [...found];
}

/** Offers whose way in is something the person said they do not have (e.g. "EHC plan needed" without a plan). */
function demotedOffers(snapshot: Snapshot, interpretation: Interpretation): Set<number> {
  const out = new Set<number>();
  for (const concept of interpretation.concepts) {
    if (!concept.negated || concept.kind !== 'accessRoute') continue;
    const route = snapshot.indexOf.get(concept.id);
    if (route === undefined) continue;
    for (let a = snapshot.offsets[route]!; a < snapshot.offsets[route + 1]!; a++) {
      const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
      if (type.type === 'ACCESS_ROUTE' && !type.forward) out.add(snapshot.targets[a]!);
    }
  }
  return out;
}
