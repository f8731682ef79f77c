import type { Span } from './evidence.ts';
import { conceptsInText, conceptsOfScheme, type ConceptMatch } from './vocabulary.ts';

/** A piece of legislation named in text, and where. */
export interface LawMention extends Span {
  conceptId: string;
}

interface SectionConcept {
  id: string;
  /** The whole Act's concept id (`law:children-act-1989` for `law:children-act-1989-s17`). */
  actId: string;
  from: number;
  to: number;
  suffix: string;
}

let sections: SectionConcept[] | undefined;

/** Sections known to the ontology, from their ids: `<act>-s<n>[suffix]` and `<act>-ss<a>-<b>`. */
function knownSections(): SectionConcept[] {
  sections ??= conceptsOfScheme('legislation').flatMap((concept): SectionConcept[] => {
    const range = /^(law:.+)-ss(\d+)-(\d+)$/.exec(concept.id);
    if (range) return [{ id: concept.id, actId: range[1] ?? '', from: Number(range[2]), to: Number(range[3]), suffix: '' }];
    const single = /^(law:.+)-s(\d+)([a-z]*)$/.exec(concept.id);
    if (single) return [{ id: concept.id, actId: single[1] ?? '', from: Number(single[2]), to: Number(single[2]), suffix: single[3] ?? '' }];
    return [];
  });
  return sections;
}

const SECTION = /\b(?:sections?\s|ss?\.\s?|ss?(?=\d))(\d{1,3})([A-Z]{0,3})\b(?:\s*(?:-|–|to)\s*(\d{1,3}))?/gi;

/**
 * Legislation named in text: Acts and guidance by name (the ontology's labels: "Children and Families Act 2014",
 * "Care Act", "SEND Code of Practice"), and sections written the ways people write them ("section 17", "s.508B",
 * "s17ZD", "ss.58-66"). A section goes to the Act named nearest before it in the same text, or to the only Act
 * the ontology has that section for; otherwise it is left out rather than guessed.
 */
export function findLegislation(text: string, matches?: ConceptMatch[]): LawMention[] {
  const acts = (matches ?? conceptsInText(text)).filter((m) => m.concept.scheme === 'legislation');
  const found: LawMention[] = acts.map((m) => ({ conceptId: m.concept.id, start: m.start, end: m.end }));
  SECTION.lastIndex = 0;
  for (let m = SECTION.exec(text); m; m = SECTION.exec(text)) {
    const number = Number(m[1]);
    const suffix = (m[2] ?? '').toLowerCase();
    const candidates = knownSections().filter((s) => (s.suffix === suffix && s.from <= number && number <= s.to));
    const nearestAct = [...acts].reverse().find((a) => a.start < m!.index)?.concept.id
      ?? acts.find((a) => a.start > m!.index && a.start - m!.index < 60)?.concept.id;
    const chosen = nearestAct
      ? candidates.find((c) => c.actId === nearestAct || nearestAct.startsWith(`${c.actId}-`))
      : candidates.length === 1 ? candidates[0] : undefined;
    if (chosen) found.push({ conceptId: chosen.id, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
