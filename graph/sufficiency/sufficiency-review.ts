import { readQuery, type GraphContext } from '../seam/index.ts';
import { daysBetween, isThin, missingKeyPoints, wordCount, type KeyPoint } from './answer-quality.ts';

const STALE_AFTER_DAYS = 365;
const DEFAULT_SET = { setting: 'qset:se7-parent', service: 'qset:se7-service' } as const;

const OFFERS = `
MATCH (o:Offer) WHERE coalesce(o.retired, false) = false
  AND ($authority IS NULL OR o.authorityId = $authority)
  AND ($area IS NULL OR EXISTS { (o)-[:SERVES_AREA]->(:Area {id: $area}) })
  AND ($kind IS NULL OR o.kind = $kind)
CALL (o) {
  OPTIONAL MATCH (o)-[:HAS_ANSWER]->(a:Answer)
  OPTIONAL MATCH (a)-[:ANSWERS]->(q:Concept)-[:IN_SET]->(s:Concept)
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE {questionId: q.id, setId: s.id, text: a.text} END) AS answers
}
CALL (o) {
  OPTIONAL MATCH (f:Feedback)-[:ABOUT]->(o)
  RETURN count(f) AS feedbackTotal, count(CASE WHEN f.status = 'published' THEN 1 END) AS feedbackPublished,
         count(CASE WHEN f.status IN ['new', 'acknowledged'] THEN 1 END) AS feedbackAwaiting
}
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.authorityId AS authorityId, o.lastReviewed AS lastReviewed,
       answers, feedbackTotal, feedbackPublished, feedbackAwaiting
ORDER BY o.name`;

const QUESTIONS = `
MATCH (q:Concept)-[:IN_SET]->(s:Concept) WHERE s.id IN $sets
RETURN s.id AS setId, q.id AS id, q.label AS label, coalesce(q.order, 0) AS order ORDER BY setId, order`;

const EXPECTATIONS = `
MATCH (e:AreaWideExpectation) WHERE $authority IS NULL OR e.authorityId = $authority
RETURN e.authorityId AS authorityId, e.questionId AS questionId, e.expectation AS expectation, e.keyPoints AS keyPoints`;

interface OfferRow {
  id: string; name: string; kind: 'service' | 'setting'; authorityId: string; lastReviewed: string | null;
  answers: { questionId: string | null; setId: string | null; text: string }[];
  feedbackTotal: number; feedbackPublished: number; feedbackAwaiting: number;
}

export interface QuestionRef { id: string; label: string }

export interface Shortfall {
  questionId: string;
  question: string;
  expectation: string;
  /** The setting's answer, or null when it gave none. */
  answer: string | null;
  missing: string[];
}

export interface OfferReview {
  id: string;
  name: string;
  kind: 'service' | 'setting';
  authorityId: string;
  questionSet: string;
  questions: number;
  answered: number;
  unanswered: QuestionRef[];
  thin: (QuestionRef & { words: number })[];
  lastReviewed: string | null;
  daysSinceReview: number | null;
  stale: boolean;
  feedback: { total: number; published: number; awaitingResponse: number };
  shortfalls: Shortfall[];
}

export interface SufficiencyQuery { authority?: string | undefined; area?: string | undefined; kind?: 'service' | 'setting' | undefined; today?: Date }

/** Per setting and service: unanswered and thin framework answers, staleness, feedback, and shortfalls against the area-wide offer (CFA 2014 s.27). */
export async function reviewSufficiency(ctx: GraphContext, query: SufficiencyQuery = {}): Promise<OfferReview[]> {
  const today = query.today ?? new Date();
  const params = { authority: query.authority ?? null, area: query.area ?? null, kind: query.kind ?? null };
  const [offers, expectationRows] = await Promise.all([readQuery<OfferRow>(ctx, OFFERS, params), readQuery<{ authorityId: string; questionId: string; expectation: string; keyPoints: string }>(ctx, EXPECTATIONS, params)]);
  const sets = [...new Set([...Object.values(DEFAULT_SET), ...offers.flatMap((o) => o.answers.map((a) => a.setId).filter((s): s is string => !!s))])];
  const questionRows = await readQuery<{ setId: string; id: string; label: string }>(ctx, QUESTIONS, { sets });
  const questionsBySet = new Map<string, QuestionRef[]>();
  for (const q of questionRows) questionsBySet.set(q.setId, [...(questionsBySet.get(q.setId) ?? []), { id: q.id, label: q.label }]);
  const expectations = new Map(expectationRows.map((e) => [`${e.authorityId}|${e.questionId}`, { ...e, keyPoints: JSON.parse(e.keyPoints) as KeyPoint[] }]));
  const label = new Map(questionRows.map((q) => [q.id, q.label]));

  return offers.map((offer) => {
    const questionSet = mostCommonSet(offer) ?? DEFAULT_SET[offer.kind];
    const questions = questionsBySet.get(questionSet) ?? [];
    const answerTo = new Map(offer.answers.filter((a) => a.questionId && a.text.trim()).map((a) => [a.questionId as string, a.text]));
    const unanswered = questions.filter((q) => !answerTo.has(q.id));
    const thin = questions.flatMap((q) => {
      const text = answerTo.get(q.id);
      return text !== undefined && isThin(text) ? [{ ...q, words: wordCount(text) }] : [];
    });
    const days = offer.lastReviewed ? daysBetween(offer.lastReviewed, today) : null;
    const shortfalls = questions.flatMap((q): Shortfall[] => {
      const expected = expectations.get(`${offer.authorityId}|${q.id}`);
      if (!expected || offer.kind !== 'setting') return [];
      const answer = answerTo.get(q.id) ?? null;
      const missing = answer === null ? expected.keyPoints.map((k) => k.label) : missingKeyPoints(answer, expected.keyPoints);
      return missing.length > 0 ? [{ questionId: q.id, question: label.get(q.id) ?? q.id, expectation: expected.expectation, answer, missing }] : [];
    });
    return {
      id: offer.id, name: offer.name, kind: offer.kind, authorityId: offer.authorityId, questionSet,
      questions: questions.length, answered: questions.length - unanswered.length, unanswered, thin,
      lastReviewed: offer.lastReviewed, daysSinceReview: days, stale: days === null || days > STALE_AFTER_DAYS,
      feedback: { total: offer.feedbackTotal, published: offer.feedbackPublished, awaitingResponse: offer.feedbackAwaiting },
      shortfalls,
    };
  });
}

function mostCommonSet(offer: OfferRow): string | undefined {
  const counts = new Map<string, number>();
  for (const a of offer.answers) if (a.setId) counts.set(a.setId, (counts.get(a.setId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
