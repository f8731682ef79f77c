import type { Span } from './evidence.ts';

/**
 * Ages named in free text: "0-25", "aged 5 to 11", "5-11 year olds", "Year 6", "Years 7 to 11", "under 5s",
 * "up to 18", "16+", "toddlers", "reception". Rule-based (the ontology knows words, not arithmetic). Each mention
 * gives a range of whole years, inclusive; either end may be open ("16+" has no maximum).
 */
export interface AgeMention extends Span {
  min?: number;
  max?: number;
  text: string;
}

type Range = { min?: number; max?: number } | null;
type Rule = [RegExp, (m: RegExpExecArray, text: string) => Range];

const MAX_AGE = 120;
const n = (value: string | undefined): number => Number.parseInt(value ?? '', 10);
/** Year group N is age N+4 (start of the year) to N+5 (end); Reception is Year 0. */
const yearGroups = (from: number, to: number): Range => (from >= 0 && to <= 14 && from <= to ? { min: from + 4, max: to + 5 } : null);
const range = (min: number, max: number): Range => (min >= 0 && max <= MAX_AGE && min < max ? { min, max } : null);
const NOT_AGE_AFTER = /^\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|km|people|children|places|sessions?|times|families|pupils|%|percent|pounds|metres|spaces|per|working|a\b|an\b|of\b)/i;
const WAIT_BEFORE = /(?:wait|waiting|within|takes?|lasts?|period|every|course of|over)\W+(?:\w+\W+)?$/i;
const KEY_STAGES: Record<number, [number, number]> = { 1: [5, 7], 2: [7, 11], 3: [11, 14], 4: [14, 16], 5: [16, 18] };
const leading = (text: string, m: RegExpExecArray) => text.slice(Math.max(0, m.index - 30), m.index);
const trailing = (text: string, m: RegExpExecArray) => text.slice(m.index + m[0].length, m.index + m[0].length + 20);
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, eleven: 11, sixteen: 16, eighteen: 18, nineteen: 19, twenty: 20 };

/** Most specific first: a later rule never matches inside an earlier rule's match. */
const RULES: Rule[] = [
  // "Reception to Year 6", "from Reception to Year 2"
  [/\breception\s*(?:-|–|to|through to|and)\s*years?\s*(\d{1,2})\b/gi, (m) => yearGroups(0, n(m[1]))],
  // "Years 7 to 11", "Year 7-11", "years 10 and 11"
  [/\b(?:school\s+)?years?\s*(\d{1,2})\s*(?:-|–|to|and|through to)\s*(?:years?\s*)?(\d{1,2})\b/gi, (m) => yearGroups(n(m[1]), n(m[2]))],
  // "aged 5 to 11", "ages 0-25", "between the ages of 5 and 11", "aged 18 months to 5 years"
  [/\b(?:aged|ages|age|age range|age group|between the ages of|from the age of|from age)\s*:?\s*(\d{1,2})\s*(months?|years?|yrs?)?\s*(?:-|–|—|to|and|up to|until)\s*(\d{1,3})\b/gi,
    (m) => range(/^month/i.test(m[2] ?? '') ? Math.floor(n(m[1]) / 12) : n(m[1]), n(m[3]))],
  // "5-11 year olds", "5 to 11 years", "16-25 yr olds"
  [/\b(\d{1,2})\s*(?:-|–|—|to)\s*(\d{1,2})\s*(?:-\s*)?(year[- ]?olds?|yr[- ]?olds?|years? of age|years? old|years|yrs)\b/gi,
    (m, text) => (/olds?|age/i.test(m[3] ?? '') || !WAIT_BEFORE.test(leading(text, m)) ? range(n(m[1]), n(m[2])) : null)],
  // bare ranges that only ever mean ages in a Local Offer: "0-25 service", "(0-19)", "16-19 bursary"
  [/\b(0|14|16|18|19)\s*(?:-|–)\s*(\d{1,2})\b(?!\s*(?:weeks?|months?|days?|hours?|minutes?|miles?|%|:|\.\d|am|pm))/gi, (m) => (n(m[2]) <= 25 ? range(n(m[1]), n(m[2])) : null)],
  // "Key Stage 2", "KS3"
  [/\b(?:key\s+stage|KS)\s*([1-5])\b/gi, (m) => { const stage = KEY_STAGES[n(m[1])]; return stage ? range(stage[0], stage[1]) : null; }],
  // "Year 6"
  [/\byear\s*(\d{1,2})\b(?!\s*(?:-|–|to)\s*\d)/gi, (m) => yearGroups(n(m[1]), n(m[1]))],
  // "up to their 19th birthday", "until their 18th birthday"
  [/\b(?:up to|until|before)\s+(?:their|his|her|the|a child's|your child's)\s+(\d{1,2})(?:st|nd|rd|th)\s+birthday\b/gi, (m) => ({ min: 0, max: n(m[1]) - 1 })],
  // "up to 18", "up to the age of 25", "up to age 19"
  [/\bup\s+to\s+(?:and\s+including\s+)?(?:the\s+)?(?:age\s+(?:of\s+)?)?(\d{1,2})\b(?!\s*(?:-|–|to)\s*\d)/gi,
    (m, text) => (/£\s*$/.test(leading(text, m)) || NOT_AGE_AFTER.test(trailing(text, m)) || WAIT_BEFORE.test(leading(text, m)) ? null : { min: 0, max: n(m[1]) })],
  // "under 5s", "under-18s", "under 5", "under fives"
  [/\bunder[- ]?(\d{1,2}|twos?|threes?|fours?|fives?|elevens?|sixteens?|eighteens?|nineteens?)(?:'?s)?\b/gi, (m, text) => {
    if (NOT_AGE_AFTER.test(trailing(text, m)) || /£\s*$/.test(leading(text, m))) return null;
    const word = (m[1] ?? '').toLowerCase().replace(/s$/, '');
    const age = WORD_NUMBERS[word] ?? n(m[1]);
    return age >= 1 && age <= 26 ? { min: 0, max: age - 1 } : null;
  }],
  // "16+", "aged 16 and over", "18 or older", "over 16s", "from age 14", "aged 14 upwards"
  [/\b(\d{1,2})\s*\+(?!\s*\d)/g, (m, text) => (/[£+]\s*$/.test(leading(text, m)) || NOT_AGE_AFTER.test(trailing(text, m)) ? null : { min: n(m[1]) })],
  [/\b(?:aged\s+)?(\d{1,2})\s*(?:years?\s*(?:old\s*)?)?(?:and|or)\s+(?:over|above|older|upwards)\b/gi, (m) => ({ min: n(m[1]) })],
  [/\b(?:aged\s+)?(\d{1,2})\s+(?:upwards|plus)\b/gi, (m) => ({ min: n(m[1]) })],
  [/\bover[- ](\d{1,2})s\b/gi, (m) => ({ min: n(m[1]) })],
  [/\bfrom\s+(?:the\s+)?age\s+(?:of\s+)?(\d{1,2})\b/gi, (m) => ({ min: n(m[1]) })],
  // "aged 16", "age 7" (a single age)
  [/\baged?\s+(\d{1,2})\b(?!\s*(?:months?|weeks?))/gi, (m) => ({ min: n(m[1]), max: n(m[1]) })],
  // words
  [/\binfants?(?:'|’)?\s+(?:school|class|classes)\b/gi, () => range(4, 7)],
  [/\b(?:new-?born|newborns?|babies|baby)\b/gi, () => range(0, 1)],
  [/\btoddlers?\b/gi, () => range(1, 3)],
  [/\bpre-?school(?:ers|\s+children|\s+aged?)\b/gi, () => range(2, 4)],
  [/\breception\s+(?:class|classes|year|children|pupils|age)\b|\b(?:in|into|starting|start|starts|from|joining)\s+reception\b/gi, () => range(4, 5)],
  [/\bprimary[- ]school[- ](?:age|aged|children|pupils)\b|\bprimary[- ]aged?\b/gi, () => range(4, 11)],
  [/\bsecondary[- ]school[- ](?:age|aged|children|pupils|students)\b|\bsecondary[- ]aged?\b/gi, () => range(11, 16)],
  [/\bpost[- ]?16\b/gi, () => range(16, 18)],
  [/\bpost[- ]?19\b/gi, () => range(19, 25)],
  [/\bteenagers?\b|\bteens\b/gi, () => range(13, 19)],
  [/\byoung adults?\b/gi, () => range(18, 25)],
];


/** Every age mention in `text`, in order of appearance; overlapping matches keep the most specific rule's. */
export function findAgeMentions(text: string): AgeMention[] {
  const found: AgeMention[] = [];
  for (const [pattern, toRange] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      const ages = toRange(m, text);
      if (!ages || (ages.min !== undefined && ages.min > MAX_AGE) || (ages.max !== undefined && (ages.max < 0 || ages.max > MAX_AGE))) continue;
      found.push({ ...span, ...ages, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The overall range of several mentions (the youngest minimum, the oldest maximum); ends stay open when any is. */
export function spanOfMentions(mentions: AgeMention[]): { min?: number; max?: number } {
  if (mentions.length === 0) return {};
  const mins = mentions.map((m) => m.min ?? 0);
  const open = mentions.some((m) => m.max === undefined);
  const max = open ? undefined : Math.max(...mentions.map((m) => m.max ?? 0));
  return { min: Math.min(...mins), ...(max === undefined ? {} : { max }) };
}
