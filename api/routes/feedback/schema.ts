import { z } from 'zod';
import { FEEDBACK_STATUSES } from '../../../graph/feedback/feedback-repository.ts';
import { ErrorReply } from '../auth/schema.ts';

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));

export const GiveFeedbackBody = z.object({
  about: z.string().trim().min(1).max(200),
  message: z.string().trim().min(1, 'please write your feedback').max(5000, 'please keep it under 5,000 characters'),
  contact: z.object({
    name: optionalText(200),
    email: z.union([z.literal(''), z.string().trim().email('is not an email address').max(200)]).optional().transform((v) => (v ? v : undefined)),
    phone: optionalText(40),
  }).strict().default({ name: undefined, email: undefined, phone: undefined }),
  /** A field people never see: bots fill it in. */
  website: z.string().max(500).optional(),
}).strict();

export const giveFeedbackSchema = {
  summary: 'Give feedback about the Local Offer or one offer (contact details optional, never published)',
  tags: ['feedback'],
  body: GiveFeedbackBody,
  response: { 201: z.object({ id: z.string(), status: z.literal('new'), message: z.string() }), 400: ErrorReply, 429: ErrorReply },
};

const ReviewerFeedback = z.object({
  id: z.string(),
  about: z.string(),
  aboutName: z.string(),
  message: z.string(),
  publicMessage: z.string().nullable(),
  response: z.string().nullable(),
  status: z.enum(FEEDBACK_STATUSES),
  contact: z.object({ name: z.string().nullable().optional(), email: z.string().nullable().optional(), phone: z.string().nullable().optional() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});

export const listFeedbackSchema = {
  summary: 'Feedback received, with contact details (reviewers)',
  tags: ['feedback'],
  querystring: z.object({ status: z.enum(FEEDBACK_STATUSES).optional() }),
  response: { 200: z.object({ feedback: z.array(ReviewerFeedback) }), 401: ErrorReply, 403: ErrorReply },
};

export const updateFeedbackSchema = {
  summary: 'Move feedback on (new → acknowledged → responded → published or closed) and write the response (reviewers)',
  tags: ['feedback'],
  params: z.object({ id: z.string().max(100) }),
  body: z.object({
    status: z.enum(FEEDBACK_STATUSES),
    response: z.string().trim().min(1).max(5000).optional(),
    publicMessage: z.string().trim().min(1).max(5000).optional(),
  }).strict(),
  response: { 200: z.object({ feedback: ReviewerFeedback }), 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 404: ErrorReply, 409: ErrorReply },
};

export const publishedFeedbackSchema = {
  summary: '"You said, we did": published feedback and the responses, without personal details',
  tags: ['feedback'],
  response: {
    200: z.object({
      feedback: z.array(z.object({ id: z.string(), about: z.string(), aboutName: z.string(), message: z.string(), response: z.string(), publishedAt: z.string() })),
    }),
  },
};
