import type { SeedReason } from '../explanations/why.ts';
import type { RankedList } from '../fusion/rrf.ts';
import type { TextHit } from '../snapshot/text-index.ts';
import type { Snapshot } from '../snapshot/types.ts';
import type { Seed } from '../spreading/ppr-push.ts';
import { stem, tokenize } from '../understand/nlp.ts';
import type { Interpretation, UnderstoodConcept } from '../understand/understand.ts';
import { filterMasks, type Masks } from './eligibility.ts';
import { ancestors, withAncestors } from './expand.ts';
import { walk } from './graph-rankings.ts';
import { cachedWalk } from './walk-cache.ts';
import type { DiscoverTuning } from './tuning.ts';

/** Everything ranked for one question, ready to fuse, and what explaining the results needs. */
export interface Rankings {
  lists: RankedList[];
  /** The understood concepts that are in the graph and pass the filters. */
  concepts: UnderstoodConcept[];
  masks: Masks;
  /** Where each walk started, and why (for explanations). */
  seeds: Seed[];
  reasons: Map<number, SeedReason>;
  /** How much of the walks from the concepts, and of the walk from the full-text hits, reached each node (for explanations). */
  activation: { concepts: Float64Array; text: Float64Array };
}

/**
 * The ranked lists of a question: for each understood concept its own walk (with what it is a kind
 * of as weaker seeds) and the concepts its best provision shares; the walk from the full-text hits;
 * the full-text ranking; and the understood concepts themselves.
 */
export function rankedLists(snapshot: Snapshot, interpretation: Interpretation, tuning: DiscoverTuning, limit: number): Rankings {
  const excluded = new Set(interpretation.excluded);
  const masks = filterMasks(snapshot, { age: interpretation.ageRange, area: interpretation.area?.id ?? null, excluded });
  const hits = snapshot.text.search(interpretation.keywords, Math.max(tuning.textSeeds * 2, limit));
  const textRanked = interleave(hits.offers, hits.concepts).filter((index) => !masks.blocked[index]);

  const reasons = new Map<number, SeedReason>();
  const demoted = demotedOffers(snapshot, interpretation);
  const demotedKey = [...demoted].sort((a, b) => a - b).join(',');
  const lists: RankedList[] = [];
  const allSeeds: Seed[] = [];
  const activation = { concepts: new Float64Array(snapshot.nodes.length), text: new Float64Array(snapshot.nodes.length) };
  const concepts = interpretation.concepts.filter((c) => snapshot.indexOf.has(c.id) && !masks.blocked[snapshot.indexOf.get(c.id)!]);
  for (const concept of concepts) {
    const index = snapshot.indexOf.get(concept.id)!;
    const weight = concept.confidence * (concept.negated ? tuning.negatedSeed : 1);
    reasons.set(index, { type: 'concept', matched: concept.matched, how: concept.how, negated: concept.negated });
    allSeeds.push({ index, weight });
    const own = cachedWalk(snapshot, tuning, `${index}|${masks.key}|${demotedKey}`,
      () => walk(snapshot, withAncestors(snapshot, index, tuning.ancestorDecay).filter((s) => !masks.blocked[s.index]), tuning, masks, demoted));
    addInto(activation.concepts, own.scores, weight);
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
    addInto(activation.text, fromText.scores, 1);
    lists.push({ name: 'walk:text', items: fromText.ranked, weight: tuning.textWalkWeight });
  }

  lists.push({ name: 'text', items: textRanked.filter((i) => masks.eligible[i]), weight: tuning.textWeight });
  // The concepts understood, then the broader needs they belong to ("anxiety" is a social, emotional
  // and mental health need: the words the school and the plan will use).
  const named = concepts.filter((c) => !c.negated).map((c) => snapshot.indexOf.get(c.id)!);
  const parents = named.filter((i) => snapshot.nodes[i]!.kind === 'need')
    .flatMap((i) => ancestors(snapshot, i, 1).map((a) => a.index))
    .filter((i) => !named.includes(i));
  lists.push({ name: 'concepts', items: [...named, ...new Set(parents)].filter((i) => masks.eligible[i]), weight: tuning.conceptWeight });

  return { lists, concepts, masks, seeds: allSeeds, reasons, activation };
}

function addInto(total: Float64Array, scores: Float64Array, weight: number): void {
  for (let i = 0; i < scores.length; i++) if (scores[i]! > 0) total[i]! += scores[i]! * weight;
}

/** Full-text hits, best first, offers and concepts interleaved by their own rank. */
function interleave(offers: readonly TextHit[], concepts: readonly TextHit[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(offers.length, concepts.length); i++) {
    if (offers[i]) out.push(offers[i]!.index);
    if (concepts[i]) out.push(concepts[i]!.index);
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
