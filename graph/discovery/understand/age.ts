/** An age read from the question: the age itself, the range it stands for, and the words that said it. */
export interface AgeReading {
  age: number;
  min: number;
  max: number;
  text: string;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, 'twenty one': 21, 'twenty two': 22, 'twenty three': 23, 'twenty four': 24, 'twenty five': 25,
};
const NUM = `(\\d{1,2}|twenty(?: (?:one|two|three|four|five))?|${Object.keys(NUMBER_WORDS).filter((w) => !w.includes(' ') && w !== 'twenty').join('|')})`;
const MAX_AGE = 25;

/** Patterns in order of how surely they state an age (the first that matches wins). */
const PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => AgeReading | null }> = [
  // "7 year old", "7-year-old", "7 yr old", "7 years of age", "7yo", "7 y/o"
  { re: new RegExp(`\\b${NUM}\\s*(?:years?|yrs?)\\s*(?:old|of age)\\b|\\b${NUM}\\s*(?:yo|y\\/o|y\\.o\\.?)(?![a-z])`, 'i'),
    read: (m) => exact(m[1] ?? m[2], m[0]) },
  // "18 months old", "9 month old baby"
  { re: new RegExp(`\\b${NUM}\\s*(?:months?|mths?)\\s*old\\b`, 'i'), read: (m) => months(m[1], m[0]) },
  // "aged 16", "age 16", "ages 16"
  { re: new RegExp(`\\bage[sd]?\\s*(?:of\\s+)?${NUM}\\b(?!\\s*(?:%|hours?|minutes?|miles?|pm|am\\b))`, 'i'), read: (m) => exact(m[1], m[0]) },
  // "I am 19", "I'm 15", "she's 2", "my daughter is 2", "he turned 11", "who is 9"
  { re: new RegExp(`\\b(?:i\\s+am|i'?m|im|(?:she|he|they)\\s+(?:is|are)|(?:she|he)'?s|they'?re|is|just\\s+turned|turned|who'?s)\\s+(?:now\\s+|only\\s+|nearly\\s+|almost\\s+)?${NUM}\\b(?!\\s*(?:%|times|hours?|minutes?|days?|weeks?|months?|miles?|o'?clock|pm|am\\b|th\\b|st\\b|nd\\b|rd\\b|percent|and a half\\s+(?:hours?|miles?)))`, 'i'),
    read: (m) => exact(m[1], m[0]) },
  // School years: "Year 6" (ages 10 to 11), "Y9", "yr 11"
  { re: /\b(?:year|yr|y)\s?(1[0-3]|[1-9])\b(?!\s*(?:old|olds|years?))/i,
    read: (m) => range(Number(m[1]) + 5, Number(m[1]) + 4, Number(m[1]) + 5, m[0]) },
  { re: /\breception\b/i, read: (m) => range(4, 4, 5, m[0]) },
  { re: /\b(?:new\s?born|newborn|baby|babies|infant)\b/i, read: (m) => range(0, 0, 1, m[0]) },
  { re: /\btoddlers?\b/i, read: (m) => range(2, 1, 3, m[0]) },
  { re: /\b(?:pre-?schooler|nursery age|pre-?school age)\b/i, read: (m) => range(3, 3, 4, m[0]) },
  { re: /\b(?:teenager|teen|teens|teenaged|adolescent)\b/i, read: (m) => range(15, 13, 19, m[0]) },
];

/** Reads the age of the child or young person from the question, or null when none is stated. */
export function readAge(text: string): AgeReading | null {
  const clean = text.replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ');
  for (const pattern of PATTERNS) {
    const match = pattern.re.exec(clean);
    if (!match) continue;
    const reading = pattern.read(match);
    if (reading) return reading;
  }
  return null;
}

function toNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  const lower = word.toLowerCase();
  const value = /^\d+$/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
  return value === undefined || value > MAX_AGE ? null : value;
}

function months(word: string | undefined, text: string): AgeReading | null {
  const lower = word?.toLowerCase() ?? '';
  const count = /^\d+$/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
  if (count === undefined) return null;
  const age = Math.floor(count / 12);
  return age > MAX_AGE ? null : { age, min: age, max: age, text: text.trim() };
}

function exact(word: string | undefined, text: string): AgeReading | null {
  const age = toNumber(word);
  return age === null ? null : { age, min: age, max: age, text: text.trim() };
}

function range(age: number, min: number, max: number, text: string): AgeReading {
  return { age, min, max, text: text.trim() };
}
