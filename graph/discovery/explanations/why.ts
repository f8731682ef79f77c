import type { Snapshot } from '../snapshot/types.ts';
import type { PathStep } from '../spreading/trace-paths.ts';
import { capitalise, inSentence, stepSentence } from './phrases.ts';

/** Why a seed is a seed: a concept the person named or chose, or words of theirs found in its text. */
export type SeedReason =
  | { type: 'concept'; matched: string | null; how: string; negated: boolean }
  | { type: 'text'; words: string[] };

/** How a result was reached from what the person said (the concepts understood) and from the full-text hits. */
export interface Paths {
  fromConcepts: (target: number) => PathStep[] | null;
  fromText: (target: number) => PathStep[] | null;
}

const MAX_STEPS = 4;

/**
 * The plain-English reasons for one result, never empty. A path from a concept the person said is
 * preferred (one sentence when it is one step: "Short breaks is for children and young people with
 * autism, which you mentioned."); otherwise the words of theirs it contains, or the path from those.
 */
export function explain(snapshot: Snapshot, paths: Paths, target: number, seeds: ReadonlyMap<number, SeedReason>): string[] {
  const own = seeds.get(target);
  if (own?.type === 'concept') return [seedSentence(snapshot, target, own)];
  const fromConcept = paths.fromConcepts(target) ?? [];
  if (fromConcept.length > 0 && fromConcept.length <= MAX_STEPS) {
    const out = explainPath(snapshot, fromConcept, seeds);
    if (out.length > 1 && own?.type === 'text' && own.words.length > 0) out.push(`It also mentions ${quoted(own.words)}.`);
    return out;
  }
  if (own?.type === 'text') return [seedSentence(snapshot, target, own)];
  const fromText = paths.fromText(target) ?? [];
  if (fromText.length > 0 && fromText.length <= MAX_STEPS) return explainPath(snapshot, fromText, seeds);
  return [`${capitalise(snapshot.nodes[target]!.name)} is closely linked to what you asked about.`];
}

function explainPath(snapshot: Snapshot, steps: readonly PathStep[], seeds: ReadonlyMap<number, SeedReason>): string[] {
  const origin = steps[0]!.from;
  const target = steps.at(-1)!.to;
  const reason = seeds.get(origin);
  const first = snapshot.nodes[origin]!;
  if (steps.length === 1 && reason?.type === 'concept' && !reason.negated && reason.how !== 'chosen') {
    // One step from something the person said, ending with its name: say it in one sentence.
    const step = steps[0]!;
    const sentence = stepSentence(step.type, step.forward, first, snapshot.nodes[target]!).replace(/\.$/, '');
    if (sentence.endsWith(inSentence(first))) {
      const words = reason.matched && !sameWords(reason.matched, first.name) ? ` ("${reason.matched}")` : '';
      return [`${sentence}, which you mentioned${words}.`];
    }
  }
  const out: string[] = reason ? [seedSentence(snapshot, origin, reason)] : [];
  for (const step of steps) out.push(stepSentence(step.type, step.forward, snapshot.nodes[step.from]!, snapshot.nodes[step.to]!));
  return out;
}

function seedSentence(snapshot: Snapshot, index: number, reason: SeedReason): string {
  const node = snapshot.nodes[index]!;
  if (reason.type === 'text') {
    return reason.words.length > 0
      ? `${capitalise(node.name)} mentions ${quoted(reason.words)}, from your question.`
      : `${capitalise(node.name)} matches the words of your question.`;
  }
  const name = inSentence(node);
  if (reason.negated) return `You said you do not have ${name} yet: this is about how to get it.`;
  if (reason.how === 'chosen' || !reason.matched) return `You chose ${name}.`;
  if (sameWords(reason.matched, node.name)) return `You mentioned ${name}.`;
  if (reason.how === 'typo') return `You wrote "${reason.matched}", which we read as ${name}.`;
  return `You mentioned "${reason.matched}", which we read as ${name}.`;
}

function quoted(words: readonly string[]): string {
  const list = words.slice(0, 3).map((w) => `"${w}"`);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0] ?? '';
}

function sameWords(a: string, b: string): boolean {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return clean(a) === clean(b);
}
