import type { BestPaths } from '../spreading/best-paths.ts';
import { pathOrigin, pathTo } from '../spreading/best-paths.ts';
import type { Snapshot } from '../snapshot/types.ts';
import { capitalise, inSentence, stepSentence } from './phrases.ts';

/** Why a seed is a seed: a concept the person named or chose, or words of theirs found in its text. */
export type SeedReason =
  | { type: 'concept'; matched: string | null; how: string; negated: boolean }
  | { type: 'text'; words: string[] };

const MAX_STEPS = 4;

/**
 * The plain-English reasons for one result: how its seed came from the question, then one sentence
 * per step of the best path from that seed. Never empty.
 */
export function explain(snapshot: Snapshot, paths: BestPaths, target: number, seeds: ReadonlyMap<number, SeedReason>): string[] {
  const node = snapshot.nodes[target]!;
  const own = seeds.get(target);
  const steps = pathTo(paths, target);
  if (own && (steps.length === 0 || own.type === 'concept')) return [seedSentence(snapshot, target, own, true)];

  const origin = pathOrigin(paths, target);
  const reason = seeds.get(origin);
  const out: string[] = [];
  if (steps.length === 1 && reason?.type === 'concept' && !reason.negated && reason.how !== 'chosen') {
    // One step from something the person said, ending with its name: say it in one sentence.
    const step = steps[0]!;
    const arcType = snapshot.arcTypes[snapshot.arcType[step.arc]!]!;
    const sentence = stepSentence(arcType.type, arcType.forward, snapshot.nodes[origin]!, node).replace(/\.$/, '');
    if (sentence.endsWith(inSentence(snapshot.nodes[origin]!))) {
      const words = reason.matched && !sameWords(reason.matched, snapshot.nodes[origin]!.name) ? ` ("${reason.matched}")` : '';
      return [`${sentence}, which you mentioned${words}.`];
    }
  }
  if (reason) out.push(seedSentence(snapshot, origin, reason, false));
  let at = origin;
  for (const step of steps.slice(0, MAX_STEPS)) {
    const arcType = snapshot.arcTypes[snapshot.arcType[step.arc]!]!;
    out.push(stepSentence(arcType.type, arcType.forward, snapshot.nodes[at]!, snapshot.nodes[step.node]!));
    at = step.node;
  }
  if (own?.type === 'text') out.unshift(seedSentence(snapshot, target, own, true));
  if (out.length === 0) out.push(`${capitalise(node.name)} is closely linked to what you asked about.`);
  return out;
}

function seedSentence(snapshot: Snapshot, index: number, reason: SeedReason, isResult: boolean): string {
  const node = snapshot.nodes[index]!;
  if (reason.type === 'text') {
    const words = reason.words.slice(0, 3).map((w) => `"${w}"`).join(', ');
    return words
      ? `${capitalise(node.name)} mentions ${words}, from your question.`
      : `${capitalise(node.name)} matches the words of your question.`;
  }
  const name = inSentence(node);
  if (reason.negated) return `You said you do not have ${name} yet, so here is how to get it.`;
  if (reason.how === 'chosen' || !reason.matched) return isResult ? `You chose ${name}.` : `You chose ${name}.`;
  if (sameWords(reason.matched, node.name)) return `You mentioned ${name}.`;
  if (reason.how === 'typo') return `You wrote "${reason.matched}", which we read as ${name}.`;
  return `You mentioned "${reason.matched}", which we read as ${name}.`;
}

function sameWords(a: string, b: string): boolean {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return clean(a) === clean(b);
}
