import type { GraphContext } from '../seam/index.ts';
import { explain, type SeedReason } from './explanations/why.ts';
import { diversify } from './fusion/diversity.ts';
import { resultGroup } from './fusion/groups.ts';
import { reciprocalRankFusion, type RankedList } from './fusion/rrf.ts';
import { KIND_LABELS, type NodeKind } from './kinds.ts';
import { filterMasks } from './rank/eligibility.ts';
import { needRoots, withAncestors } from './rank/expand.ts';
import { answerPrior } from './rank/priors.ts';
import { walk } from './rank/graph-rankings.ts';
import { DISCOVER_TUNING, type DiscoverTuning } from './rank/tuning.ts';
import { fullTextHits, type TextHit } from './search/full-text-seeds.ts';
import { buildFullTextQuery } from './search/lucene.ts';
import type { Snapshot } from './snapshot/types.ts';
import { bestPaths } from './spreading/best-paths.ts';
import type { Seed } from './spreading/ppr-push.ts';
import { understandingContext } from './understand/context.ts';
import { stem, tokenize } from './understand/nlp.ts';
import { understandQuestion, type Interpretation } from './understand/understand.ts';

export { DISCOVER_TUNING, type DiscoverTuning };

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

/**
 * Lateral discovery: understand the question; walk the graph (personalised PageRank) from each
 * understood concept and from the full-text hits; fuse those rankings, the full-text ranking and
 * the concepts themselves by reciprocal rank; keep age and area as hard filters; diversify by kind
 * and kind of help; explain each result by its best path from what the person said.
 */
export async function discover(ctx: GraphContext, snapshot: Snapshot, request: DiscoverRequest, tuning: DiscoverTuning = DISCOVER_TUNING): Promise<DiscoverResponse> {
  const limit = request.limit ?? 20;
  const interpretation = understandQuestion(request.q, understandingContext(snapshot), {
    age: request.age ?? null, area: request.area ?? null, concepts: request.concepts ?? [], exclude: request.exclude ?? [],
  });
  const excluded = new Set(interpretation.excluded);
  const masks = filterMasks(snapshot, { age: interpretation.ageRange, area: interpretation.area?.id ?? null, excluded });
  const query = buildFullTextQuery({ words: interpretation.keywords });
  const hits = await fullTextHits(ctx, query, Math.max(tuning.textSeeds * 2, limit));
  const textRanked = rankTextHits(hits, snapshot).filter((index) => !masks.blocked[index]);

  const reasons = new Map<number, SeedReason>();
  const demoted = demotedOffers(snapshot, interpretation);
  const lists: RankedList[] = [];
  const allSeeds: Seed[] = [];
  const touched = new Uint8Array(snapshot.nodes.length);
  const concepts = interpretation.concepts.filter((c) => snapshot.indexOf.has(c.id) && !masks.blocked[snapshot.indexOf.get(c.id)!]);
  for (const concept of concepts) {
    const index = snapshot.indexOf.get(concept.id)!;
    const weight = concept.confidence * (concept.negated ? tuning.negatedSeed : 1);
    reasons.set(index, { type: 'concept', matched: concept.matched, how: concept.how, negated: concept.negated });
    allSeeds.push({ index, weight });
    const own = walk(snapshot, withAncestors(snapshot, index, tuning.ancestorDecay).filter((s) => !masks.blocked[s.index]), tuning, masks, demoted);
    own.touched.forEach((i) => { touched[i] = 1; });
    lists.push({ name: `walk:${concept.id}`, items: own.ranked, weight: tuning.conceptWalkWeight * weight });
    lists.push({ name: `shared:${concept.id}`, items: own.shared, weight: tuning.sharedWeight * weight });
  }
  const keywordStems = new Map(interpretation.keywords.map((w) => [stem(w), w]));
  const textSeeds = textRanked.slice(0, tuning.textSeeds).map((index, rank) => ({ index, weight: 1 / (rank + 2) }));
  for (const seed of textSeeds) {
    if (!reasons.has(seed.index)) reasons.set(seed.index, { type: 'text', words: wordsFound(snapshot, seed.index, keywordStems) });
    allSeeds.push({ index: seed.index, weight: seed.weight * 0.5 });
  }
  if (textSeeds.length > 0) {
    const fromText = walk(snapshot, textSeeds, tuning, masks, demoted);
    fromText.touched.forEach((i) => { touched[i] = 1; });
    lists.push({ name: 'walk:text', items: fromText.ranked, weight: tuning.textWalkWeight });
  }
  if (allSeeds.length === 0) return { interpretation, results: [] };
  if (tuning.contextWeight > 0) {
    const context = walk(snapshot, needRoots(snapshot).filter((i) => !masks.blocked[i]).map((index) => ({ index, weight: 1 })), tuning, masks, demoted);
    context.touched.forEach((i) => { touched[i] = 1; });
    lists.push({ name: 'context', items: context.ranked, weight: tuning.contextWeight });
    lists.push({ name: 'context:shared', items: context.shared, weight: tuning.contextWeight });
  }
  lists.push({ name: 'text', items: textRanked.filter((i) => masks.eligible[i]), weight: tuning.textWeight });
  lists.push({
    name: 'concepts',
    items: concepts.filter((c) => !c.negated).map((c) => snapshot.indexOf.get(c.id)!).filter((i) => masks.eligible[i]),
    weight: tuning.conceptWeight,
  });

  const understood = new Set(concepts.map((c) => snapshot.indexOf.get(c.id)!));
  const fused = [...reciprocalRankFusion(lists, tuning.rrfK).entries()]
    // What the person named is shown as understood, whatever its prior; everything else is weighed by its prior.
    .map(([index, score]): [number, number] => [index, understood.has(index) ? score : score * Math.pow(answerPrior(snapshot, index), tuning.priorExponent)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, tuning.candidates);
  const chosen = diversify(
    fused,
    ([, score]) => score,
    ([index]) => [snapshot.nodes[index]!.kind, resultGroup(snapshot, index)],
    [tuning.kindDecay, tuning.groupDecay],
    limit,
    ([index], taken) => redundantOrganisation(snapshot, index, taken.map(([i]) => i)),
  );

  const paths = bestPaths(snapshot, allSeeds, touched);
  const top = chosen[0]?.score ?? 1;
  const results = chosen.map(({ item: [index], score }) => {
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

/** A support organisation whose provision is already in the results says nothing new. */
function redundantOrganisation(snapshot: Snapshot, index: number, taken: readonly number[]): boolean {
  if (snapshot.nodes[index]!.kind !== 'supportOrganisation') return false;
  for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
    const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
    if (type.type === 'PROVIDED_BY' && !type.forward && taken.includes(snapshot.targets[a]!)) return true;
  }
  return false;
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
