import { requestJson } from '../../api/client.ts';
import type { ConceptLink, FrameworkAnswer } from '../../api/types.ts';
import type { FrameworkView } from '../../routing/route.ts';

const SET_OF_VIEW: Record<FrameworkView, string> = { parent: 'se7-parent', 'young-person': 'se7-young-person' };

/** Which SE7 view a question belongs to, from its id (`question:se7-parent-03`), if either. */
export function viewOfQuestion(questionId: string | null): FrameworkView | null {
  if (!questionId) return null;
  if (questionId.startsWith('question:se7-young-person-')) return 'young-person';
  if (questionId.startsWith('question:se7-parent-')) return 'parent';
  return null;
}

/** True when a setting's answers follow one of SE7's two question sets, so the other view can be offered. */
export function hasViews(answers: readonly FrameworkAnswer[]): boolean {
  return answers.some((a) => viewOfQuestion(a.questionId) !== null);
}

const equivalents = new Map<string, Promise<Map<string, string>>>();

/** The same question in another view's words (EQUIVALENT links in the ontology), asked once per question. */
function equivalentsOf(questionId: string): Promise<Map<string, string>> {
  let found = equivalents.get(questionId);
  if (!found) {
    found = requestJson<{ links: ConceptLink[] }>(`/api/concepts/${encodeURIComponent(questionId)}`)
      .then((body) => new Map(body.links.filter((l) => l.type === 'EQUIVALENT').map((l) => [l.concept.id, l.concept.label])))
      .catch(() => new Map<string, string>());
    equivalents.set(questionId, found);
  }
  return found;
}

/**
 * The question to show above each answer for a view: the setting's own question when it already is in
 * that view (or belongs to neither), else the equivalent question from the other SE7 set, when there is one.
 */
export async function wordingFor(answers: readonly FrameworkAnswer[], view: FrameworkView): Promise<string[]> {
  const prefix = `question:${SET_OF_VIEW[view]}-`;
  return Promise.all(answers.map(async (a) => {
    const own = a.questionLabel ?? a.question;
    const from = viewOfQuestion(a.questionId);
    if (!a.questionId || !from || from === view) return own;
    const other = [...(await equivalentsOf(a.questionId))].find(([id]) => id.startsWith(prefix));
    return other?.[1] ?? own;
  }));
}
