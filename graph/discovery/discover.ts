import { explain } from './explanations/why.ts';
import { diversify } from './fusion/diversity.ts';
import { resultGroup } from './fusion/groups.ts';
import { reciprocalRankFusion } from './fusion/rrf.ts';
import { KIND_LABELS, type NodeKind } from './kinds.ts';
import { answerPrior } from './rank/priors.ts';
import { rankedLists } from './rank/ranked-lists.ts';
import { DISCOVER_TUNING, type DiscoverTuning } from './rank/tuning.ts';
import type { Snapshot } from './snapshot/types.ts';
import { createPathTracer, type PathStep } from './spreading/trace-paths.ts';
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

  const seedsOf = (type: 'concept' | 'text') => new Set(rankings.seeds.filter((seed) => rankings.reasons.get(seed.index)?.type === type).map((seed) => seed.index));
  const conceptSeeds = seedsOf('concept');
  const textSeeds = seedsOf('text');
  // The concepts' walks also started from what they are a kind of: a path may start there, and is
  // then told from the concept the person said ("autism is part of communication and interaction").
  const upward = broaderChains(snapshot, conceptSeeds);
  // One shared path search per kind of seed for all the results (explanations are asked for each).
  const targets = chosen.map(({ item: [index] }) => index);
  const traceFromConcepts = conceptSeeds.size > 0 ? createPathTracer(snapshot, rankings.activation.concepts, new Set([...conceptSeeds, ...upward.keys()]), targets) : null;
  const traceFromText = textSeeds.size > 0 ? createPathTracer(snapshot, rankings.activation.text, textSeeds, targets) : null;
  const paths = {
    fromConcepts: (target: number) => {
      if (!traceFromConcepts) return null;
      const steps = traceFromConcepts(target);
      const start = steps?.[0]?.from ?? target;
      return steps && upward.has(start) && !conceptSeeds.has(start) ? [...upward.get(start)!, ...steps] : steps;
    },
    fromText: (target: number) => traceFromText?.(target) ?? null,
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

/** For each concept an understood concept is a kind of (up to 3 levels): the BROADER steps from the understood concept to it. */
function broaderChains(snapshot: Snapshot, concepts: ReadonlySet<number>): Map<number, PathStep[]> {
  const chains = new Map<number, PathStep[]>();
  for (const concept of concepts) {
    let frontier: { index: number; steps: PathStep[] }[] = [{ index: concept, steps: [] }];
    for (let level = 0; level < 3 && frontier.length > 0; level++) {
      const next: typeof frontier = [];
      for (const { index, steps } of frontier) {
        for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
          const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
          const parent = snapshot.targets[a]!;
          if (type.type !== 'BROADER' || !type.forward || chains.has(parent) || concepts.has(parent)) continue;
          const chain = [...steps, { from: index, to: parent, type: 'BROADER', forward: true }];
          chains.set(parent, chain);
          next.push({ index: parent, steps: chain });
        }
      }
      frontier = next;
    }
  }
  return chains;
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
