/**
 * Status negation: "no diagnosis yet", "not diagnosed", "doesn't have an EHCP", "without a plan",
 * "still waiting for an assessment". Only a *status* (a diagnosis, a plan, an assessment, a
 * referral) can be negated. A need never is: "can't sleep", "won't leave the house" and "isn't
 * talking" describe the need itself, so they are not read as negation at all.
 */
export interface NegatedStatus {
  /** What is missing, in plain words: "diagnosis", "EHC plan", "assessment", ... */
  about: string;
  /** The words that said so. */
  text: string;
  start: number;
  end: number;
}

const STATUS = String.raw`(?<status>diagnos[a-z]*|ehcps?|ehc\s*plans?|education,?\s+health\s+and\s+care\s+plans?|statements?(?:\s+of\s+sen)?|statemented|(?:sen|send)\s+support|plans?|referrals?|referred|assess(?:ment|ments|ed)|label)`;
const CUE = String.raw`(?:no|not|without|never|none|neither|nor|isn'?t|is\s+not|aren'?t|are\s+not|wasn'?t|was\s+not|hasn'?t|has\s+not|haven'?t|have\s+not|hadn'?t|doesn'?t|does\s+not|don'?t|do\s+not|didn'?t|did\s+not|can'?t|cannot|couldn'?t|won'?t|yet\s+to|still\s+waiting\s+(?:for|on)|waiting\s+(?:for|on)|on\s+(?:a|the)\s+waiting\s+list\s+for)`;
/** A cue, then at most four words of the same clause, then a status word. */
const NEGATED = new RegExp(String.raw`\b${CUE}\b(?:\s+(?!(?:but|and|although|though|because)\b)[a-z'’]+){0,4}?\s+${STATUS}\b`, 'gi');
/** Single words that carry the negation themselves. */
const SELF_NEGATED = /\b(?<status>undiagnosed|unassessed|unstatemented)\b/gi;

const ABOUT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^diagnos|^undiagnos|^label/i, 'diagnosis'],
  [/^ehcp|^ehc|^education|^plan|^statement|^unstatement/i, 'EHC plan'],
  [/^(sen|send)\s+support/i, 'SEN support'],
  [/^referr/i, 'referral'],
  [/^assess|^unassess/i, 'assessment'],
];

/** Every negated status in the text, in order. */
export function findNegatedStatuses(text: string): NegatedStatus[] {
  const out: NegatedStatus[] = [];
  const clean = text.replace(/’/g, "'");
  for (const re of [NEGATED, SELF_NEGATED]) {
    re.lastIndex = 0;
    for (const match of clean.matchAll(re)) {
      const status = match.groups?.status ?? '';
      const about = ABOUT.find(([pattern]) => pattern.test(status))?.[1] ?? status.toLowerCase();
      const start = match.index;
      let end = start + match[0].length;
      // "no diagnosis yet": the trailing "yet" belongs to the phrase.
      const tail = /^\s+yet\b/i.exec(clean.slice(end));
      if (tail) end += tail[0].length;
      out.push({ about, text: clean.slice(start, end), start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Does the span [start, end) fall inside a negated status phrase? */
export function isInsideNegation(negations: readonly NegatedStatus[], start: number, end: number): boolean {
  return negations.some((n) => start >= n.start && end <= n.end);
}
