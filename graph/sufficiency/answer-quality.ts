/** An answer this short, or one that only sends the reader elsewhere, does not answer the question. */
const MIN_WORDS = 15;
const DEFLECTIONS = /^(please )?(contact|ring|phone|call|see|ask|speak to|refer to)\b|\b(tbc|to be confirmed|n\/a|not applicable|coming soon)\b/i;

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

export function isThin(text: string): boolean {
  return wordCount(text) < MIN_WORDS || (wordCount(text) < 40 && DEFLECTIONS.test(text.trim()));
}

export interface KeyPoint { label: string; terms: string[] }

/** The key points of an expectation that an answer does not mention. */
export function missingKeyPoints(answer: string, keyPoints: KeyPoint[]): string[] {
  const text = answer.toLowerCase();
  return keyPoints.filter((point) => !point.terms.some((term) => text.includes(term.toLowerCase()))).map((point) => point.label);
}

/** Whole days between two ISO dates. */
export function daysBetween(fromIso: string, to: Date): number {
  return Math.floor((to.getTime() - new Date(`${fromIso}T00:00:00Z`).getTime()) / 86_400_000);
}
