import { z } from 'zod';
import { ErrorReply } from '../auth/schema.ts';

const Id = z.string().trim().min(1).max(100).regex(/^[\w:.-]+$/, 'must be an id such as ashcombe');
const Question = z.object({ id: z.string(), label: z.string() });

export const SufficiencyQuery = z.object({
  authority: Id.optional(),
  area: Id.optional(),
  kind: z.enum(['service', 'setting']).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export const OfferReview = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['service', 'setting']),
  authorityId: z.string(),
  questionSet: z.string(),
  questions: z.number().int(),
  answered: z.number().int(),
  unanswered: z.array(Question),
  thin: z.array(Question.extend({ words: z.number().int() })),
  lastReviewed: z.string().nullable(),
  daysSinceReview: z.number().int().nullable(),
  stale: z.boolean(),
  feedback: z.object({ total: z.number().int(), published: z.number().int(), awaitingResponse: z.number().int() }),
  shortfalls: z.array(z.object({ questionId: z.string(), question: z.string(), expectation: z.string(), answer: z.string().nullable(), missing: z.array(z.string()) })),
});

export const SufficiencyReply = z.object({
  summary: z.object({
    offers: z.number().int(),
    stale: z.number().int(),
    withUnanswered: z.number().int(),
    withThinAnswers: z.number().int(),
    settingsShortOfAreaWideOffer: z.number().int(),
    feedbackAwaitingResponse: z.number().int(),
  }),
  offers: z.array(OfferReview),
});

export const sufficiencySchema = {
  summary: 'Sufficiency review (reviewers): unanswered and thin framework answers, stale entries, shortfalls against the area-wide offer, feedback; ?format=csv exports it',
  tags: ['review'],
  querystring: SufficiencyQuery,
  response: { 200: z.union([SufficiencyReply, z.string()]), 401: ErrorReply, 403: ErrorReply },
};
