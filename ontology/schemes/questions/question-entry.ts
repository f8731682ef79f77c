import type { ConceptEntry, ConceptLinks } from '../../concept.ts';

type QuestionEntry = Omit<ConceptEntry, 'scheme'>;

/** A question set's id and the source every question in it shares. */
export interface QuestionSetRef {
  /** e.g. `qset:se7-parent`; question ids become `question:se7-parent-01`. */
  id: string;
  source: string;
}

/** Extras for one question: heading words settings use for it, and links to other questions or concepts. */
export interface QuestionExtras {
  altLabels?: string[];
  links?: ConceptLinks;
}

/** The id of question `order` in a set, e.g. `question:se7-parent-01`. */
export function questionId(setId: string, order: number): string {
  return `question:${setId.replace(/^qset:/, '')}-${String(order).padStart(2, '0')}`;
}

/** One framework question, linked IN_SET to its set. */
export function question(
  set: QuestionSetRef,
  order: number,
  label: string,
  description: string,
  extras: QuestionExtras = {},
): QuestionEntry {
  return {
    id: questionId(set.id, order),
    label,
    description,
    altLabels: extras.altLabels ?? [],
    questionSet: set.id,
    order,
    source: set.source,
    links: { ...extras.links, IN_SET: [set.id] },
  };
}
