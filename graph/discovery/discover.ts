import { explain } from './explanations/why.ts';
import { diversify } from './fusion/diversity.ts';
import { resultGroup } from './fusion/groups.ts';
import { reciprocalRankFusion } from './fusion/rrf.ts';
import { KIND_LABELS, type NodeKind } from './kinds.ts';
import { answerPrior } from './rank/priors.ts';
import { rankedLists } from './rank/ranked-lists.ts';
import { DISCOVER_TUNING, type DiscoverTuning } from './rank/tuning.ts';
import type { Snapshot } from './snapshot/types.ts';
import { bestPaths } from './spreading/best-paths.ts';
import { understandingContext } from './understand/context.ts';
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
 * Lateral discovery, answered from the snapshot alone (no database round trip): understand the
 * question; walk the graph (personalised PageRank) from each understood concept and from the
 * full-text hits (the snapshot's own BM25 index); fuse those rankings, the full-text ranking and
 * the concepts themselves by reciprocal rank; weigh by how useful each kind of answer is; keep age
 * and area as hard filters; diversify by kind and kind of help; explain each result by its best
 * path from what the person said.
 */
export function discover(snapshot: Snapshot, request: DiscoverRequest, tuning: DiscoverTuning = DISCOVER_TUNING): DiscoverResponse {
  const limit = request.limit ?? 20;
  const interpretation = understandQuestion(request.q, understandingContext(snapshot), {
    age: request.age ?? null, area: request.area ?? null, concepts: request.concepts ?? [], exclude: request.exclude ?? [],
  });
  const rankings = rankedLists(snapshot, interpretation, tuning, limit);
  if (rankings.seeds.length === 0) return { interpretation, results: [] };

  // What the person named (and the broader needs it belongs to) is shown as understood, whatever its
  // prior; everything else is weighed by its prior.
  const understood = new Set(rankings.lists.find((l) => l.name === 'concepts')?.items ?? []);
  const weigh = (index: number, score: number) => (understood.has(index) ? score
    : score * Math.pow(answerPrior(snapshot, index, tuning.containerExponent), tuning.priorExponent));
  const fused = [...reciprocalRankFusion(rankings.lists, tuning.rrfK).entries()]
    .map(([index, score]): [number, number] => [index, weigh(index, score)])
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

  const conceptSeeds = rankings.seeds.filter((seed) => rankings.reasons.get(seed.index)?.type === 'concept');
  const textSeeds = rankings.seeds.filter((seed) => rankings.reasons.get(seed.index)?.type === 'text');
  const targets = chosen.map(({ item: [index] }) => index);
  const paths = {
    fromConcepts: conceptSeeds.length > 0 ? bestPaths(snapshot, conceptSeeds, rankings.touched, targets) : null,
    fromText: textSeeds.length > 0 ? bestPaths(snapshot, textSeeds, rankings.touched, targets) : null,
  };
  const top = chosen[0]?.score ?? 1;
  const results = chosen.map(({ item: [index], score }) => {
    const node = snapshot.nodes[index]!;
    return {
      id: node.id, kind: node.kind, kindLabel: KIND_LABELS[node.kind], name: node.name, summary: node.summary,
      score: Math.round((score / top) * 1000) / 1000, why: explain(snapshot, paths, index, rankings.reasons),
    };
  });
  return { interpretation, results };
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
