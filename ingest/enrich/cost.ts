import type { CostType } from '../../ontology/offer.ts';
import { snippet } from './evidence.ts';

/** What the words say about cost, and the words that said it. */
export interface CostFinding {
  type: CostType;
  evidence: string;
}

const PRICE = /£\s?\d+(?:[.,]\d{1,2})?(?:\s*(?:-|–|to)\s*£?\s?\d+(?:\.\d{1,2})?)?(?:\s*(?:a|an|per|each|for)\s+(?:session|hour|day|week|term|night|visit|month|year|class|lesson|course|place|child|family|person|term))?/i;
const FREE = /\b(?:free of charge|at no cost|no charge|no cost|no fee|not charged|costs? nothing|there is no (?:charge|cost|fee)|(?:is|are|it's|it is|service is|sessions are|completely|totally|always|entirely)\s+free|free (?:to (?:use|attend|join|access|families|parents|young people|children)|for (?:all|everyone|families|parents|children|young people))|free service)\b|^\s*free\b/i;
const CONCESSION = /\b(?:subsidised|subsidized|reduced (?:rate|price|fee|cost)|concessions?|discount(?:ed)?|bursar(?:y|ies)|funded places?|free places?|help with (?:the )?costs?|free for (?:families|children|those|people) (?:on|who|receiving|with)|sliding scale|means[- ]tested)\b/i;
const VARIES = /\b(?:costs? (?:vary|varies|depend)|prices? (?:vary|varies|depend)|fees? (?:vary|varies|depend)|depends on the (?:activity|course|session|package))\b/i;

/**
 * The cost of an offer from text ("free", "£5 a session", "no charge"): free, paid, subsidised (a price and a
 * free or reduced route) or varies. `undefined` when the words say nothing about cost.
 */
export function findCost(text: string): CostFinding | undefined {
  const price = PRICE.exec(text);
  const free = FREE.exec(text);
  const concession = CONCESSION.exec(text);
  const varies = VARIES.exec(text);
  const at = (m: RegExpExecArray) => snippet(text, { start: m.index, end: m.index + m[0].length });
  if (price && (concession || free)) return { type: 'subsidised', evidence: at(price) };
  if (concession && !free) return { type: 'subsidised', evidence: at(concession) };
  if (varies) return { type: 'varies', evidence: at(varies) };
  if (price) return { type: 'paid', evidence: at(price) };
  if (free) return { type: 'free', evidence: at(free) };
  return undefined;
}
