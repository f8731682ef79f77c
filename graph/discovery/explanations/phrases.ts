import type { NodeKind } from '../kinds.ts';
import type { SnapshotNode } from '../snapshot/types.ts';

/**
 * One plain-English sentence per relationship type, in each direction. `a` is where the step
 * starts and `b` where it arrives; for a backward arc the relationship points from b to a.
 */
type Phrase = (a: string, b: string) => string;

/** What a sentence needs to know of a node. */
export type Named = Pick<SnapshotNode, 'name' | 'kind'>;

const FORWARD: Record<string, Phrase> = {
  FOR_NEED: (a, b) => `${a} also helps with ${b}.`,
  ON_PATHWAY: (a, b) => `${a} is part of the ${b}.`,
  SUPPORTS_PROCESS: (a, b) => `${a} helps families with ${b}.`,
  IN_CATEGORY: (a, b) => `${a} comes under ${b}.`,
  SETTING_TYPE: (a, b) => `${a} is ${article(b)} ${b}.`,
  FOR_OUTCOME: (a, b) => `${a} helps towards ${b}.`,
  UNDER_LAW: (a, b) => `${a} is set out in ${b}.`,
  COMMISSIONED_BY: (a, b) => `${a} is commissioned or paid for by ${b}.`,
  PROVIDED_BY: (a, b) => `${a} is run by ${b}.`,
  ACCESS_ROUTE: (a, b) => `The way into ${a} is: ${b}.`,
  BROADER: (a, b) => `${a} is part of ${b}.`,
  RELATED: (a, b) => `${a} often goes with ${b}.`,
  HAS_PATHWAY: (a, b) => `Health care for ${a} is often through the ${b}.`,
  CATERED_BY: (a, b) => `Children and young people with ${a} are often taught in ${article(b)} ${b}.`,
  LEADS_TO: (a, b) => `${a} leads on to ${b}.`,
  TRIGGERS: (a, b) => `${a} starts ${b}.`,
};

const BACKWARD: Record<string, Phrase> = {
  FOR_NEED: (a, b) => `${b} is for children and young people with ${a}.`,
  ON_PATHWAY: (a, b) => `${b} is part of the ${a}.`,
  SUPPORTS_PROCESS: (a, b) => `${b} helps families with ${a}.`,
  IN_CATEGORY: (a, b) => `${b} comes under ${a}.`,
  SETTING_TYPE: (a, b) => `${b} is ${article(a)} ${a}.`,
  FOR_OUTCOME: (a, b) => `${b} helps towards ${a}.`,
  UNDER_LAW: (a, b) => `${a} is the law behind ${b}.`,
  COMMISSIONED_BY: (a, b) => `${a} commissions or pays for ${b}.`,
  PROVIDED_BY: (a, b) => `${a} runs ${b}.`,
  ACCESS_ROUTE: (a, b) => `${b} is reached this way: ${a}.`,
  BROADER: (a, b) => `${b} is one kind of ${a}.`,
  RELATED: (a, b) => `${a} often goes with ${b}.`,
  HAS_PATHWAY: (a, b) => `The ${a} is where health care for ${b} is often found.`,
  CATERED_BY: (a, b) => `${capitalise(article(a))} ${a} often teaches children and young people with ${b}.`,
  LEADS_TO: (a, b) => `${b} comes before ${a}.`,
  TRIGGERS: (a, b) => `${b} is how ${a} starts.`,
};

/** A need's kind of help reads differently from a service's: "children with autism are often helped by speech and language therapy". */
const NEED_IN_CATEGORY: Record<'forward' | 'backward', Phrase> = {
  forward: (a, b) => `Children and young people with ${a} are often helped by ${b}.`,
  backward: (a, b) => `${a} often helps children and young people with ${b}.`,
};

/** The sentence for one step of a path. */
export function stepSentence(type: string, forward: boolean, from: Named, to: Named): string {
  const needEnd = forward ? from.kind === 'need' : to.kind === 'need';
  const phrase = type === 'IN_CATEGORY' && needEnd ? NEED_IN_CATEGORY[forward ? 'forward' : 'backward'] : (forward ? FORWARD : BACKWARD)[type];
  const a = inSentence(from);
  const b = inSentence(to);
  const sentence = phrase ? phrase(a, b) : `${a} is linked to ${b}.`;
  return capitalise(sentence);
}

/** Kinds whose names are common nouns, lower-cased inside a sentence ("Autism" → "autism"). */
const COMMON_NOUNS: ReadonlySet<NodeKind> = new Set([
  'need', 'carePathway', 'provisionCategory', 'process', 'settingType', 'accessRoute', 'transitionPoint', 'pfaOutcome', 'ageBand',
]);

/** A node's name as it reads inside a sentence. */
export function inSentence(node: Named): string {
  const name = node.name.trim();
  if (!COMMON_NOUNS.has(node.kind)) return name;
  // Keep acronyms and proper nouns: "SENDIASS", "EHC needs assessment", "Portage".
  if (/^[A-Z]{2}/.test(name) || /^(Portage|Makaton|Down|Asperger|Tourette|Jobcentre|Access to Work)/.test(name)) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "a" or "an" before a word (by its first letter; good enough for the ontology's labels). */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|use|one|eu)/i.test(word) ? 'an' : 'a';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
