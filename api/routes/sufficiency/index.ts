import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reviewSufficiency, type OfferReview } from '../../../graph/sufficiency/sufficiency-review.ts';
import { toCsv } from '../../export/csv.ts';
import { sufficiencySchema } from './schema.ts';

/** Most in need of attention first: unanswered, thin and short answers, then age. */
const attention = (r: OfferReview) => r.unanswered.length * 2 + r.thin.length + r.shortfalls.length + (r.stale ? 5 : 0);

const sufficiencyRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/sufficiency', { schema: sufficiencySchema, preHandler: fastify.requireRole('reviewer') }, async (request, reply) => {
    const { format, ...query } = request.query;
    const offers = (await reviewSufficiency(fastify.graph, query)).sort((a, b) => attention(b) - attention(a) || a.name.localeCompare(b.name));
    if (format === 'csv') {
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="sufficiency-review.csv"').send(toCsv(
        ['name', 'kind', 'authority', 'question set', 'questions', 'answered', 'unanswered', 'thin answers', 'last reviewed', 'stale', 'short of area-wide offer on', 'feedback', 'feedback published', 'feedback awaiting response'],
        offers.map((r) => [r.name, r.kind, r.authorityId, r.questionSet, r.questions, r.answered, r.unanswered.map((q) => q.label).join('; '),
          r.thin.map((q) => q.label).join('; '), r.lastReviewed ?? 'never', r.stale ? 'yes' : 'no', r.shortfalls.map((s) => `${s.question} (missing: ${s.missing.join(', ')})`).join('; '),
          r.feedback.total, r.feedback.published, r.feedback.awaitingResponse]),
      ));
    }
    return {
      summary: {
        offers: offers.length,
        stale: offers.filter((r) => r.stale).length,
        withUnanswered: offers.filter((r) => r.unanswered.length > 0).length,
        withThinAnswers: offers.filter((r) => r.thin.length > 0).length,
        settingsShortOfAreaWideOffer: offers.filter((r) => r.shortfalls.length > 0).length,
        feedbackAwaitingResponse: offers.reduce((sum, r) => sum + r.feedback.awaitingResponse, 0),
      },
      offers,
    };
  });
};

export default sufficiencyRoutes;
