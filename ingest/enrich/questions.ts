import type { FrameworkAnswer } from '../../ontology/offer.ts';
import { conceptsOfScheme } from './vocabulary.ts';

/**
 * Links each framework answer to the question it answers, by its heading as the setting wrote it. Headings are
 * paraphrased ("How will the school support my child?" / "How will school staff support my child?") and
 * misspelt, so matching is fuzzy: content words, crude stems, one typo allowed in longer words. When most of a
 * document's answers come from one question set, that set wins ties.
 */
const STOP = new Set(('a an the and or of to in on for at by with from is are be will can do does how what who which when where ' +
  'your my our their his her its it this that these those i we you they me us them there here as if so than then about into ' +
  'would should could may might have has had been being am was were any all each').split(' '));

function stem(word: string): string {
  return word.replace(/(?:ings|ing|ies|ied|ed|es|s|ly)$/, (suffix) => (suffix === 'ies' || suffix === 'ied' ? 'y' : ''));
}

function tokens(text: string): string[] {
  return [...new Set(text.toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w)).map(stem))];
}

/** Equal, or one edit apart (substitution, transposition, insertion or deletion) for words of 5+ letters. */
function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Dice overlap of content words; a heading whose words all appear in a (longer) question scores high too. */
function similarity(heading: string[], label: string[]): number {
  if (heading.length === 0 || label.length === 0) return 0;
  const shared = heading.filter((h) => label.some((l) => close(h, l))).length;
  const dice = (2 * shared) / (heading.length + label.length);
  const coverage = heading.length >= 3 ? (0.85 * shared) / heading.length : 0;
  return Math.max(dice, coverage);
}

interface Candidate { id: string; set: string; labels: string[][] }
let candidates: Candidate[] | undefined;

function questionCandidates(): Candidate[] {
  candidates ??= conceptsOfScheme('frameworkQuestion').map((concept) => ({
    id: concept.id,
    set: concept.questionSet ?? '',
    labels: [concept.label, ...concept.altLabels].map(tokens),
  }));
  return candidates;
}

const THRESHOLD = 0.5;

function best(heading: string, preferredSet?: string): { id: string; set: string; score: number } | undefined {
  const words = tokens(heading);
  let top: { id: string; set: string; score: number } | undefined;
  for (const candidate of questionCandidates()) {
    const score = Math.max(...candidate.labels.map((label) => similarity(words, label))) + (candidate.set === preferredSet ? 0.05 : 0);
    if (!top || score > top.score) top = { id: candidate.id, set: candidate.set, score };
  }
  return top && top.score >= THRESHOLD ? top : undefined;
}

/** The answers with `questionId` set where a heading matches a known framework question (kept where already set). */
export function matchQuestions(answers: FrameworkAnswer[]): FrameworkAnswer[] {
  if (answers.length === 0) return answers;
  const first = answers.map((answer) => (answer.questionId ? undefined : best(answer.question)));
  const votes = new Map<string, number>();
  for (const match of first) if (match) votes.set(match.set, (votes.get(match.set) ?? 0) + 1);
  const preferred = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return answers.map((answer, index) => {
    if (answer.questionId || !first[index]) return answer;
    const match = best(answer.question, preferred) ?? first[index];
    return match ? { ...answer, questionId: match.id } : answer;
  });
}
