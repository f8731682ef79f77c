import { z } from 'zod';
import { EDITABLE_FIELD_NAMES } from '../../../graph/changes/editable-fields.ts';
import { ErrorReply } from '../auth/schema.ts';

const Changes = z.partialRecord(z.enum(EDITABLE_FIELD_NAMES), z.string().trim().max(20_000))
  .refine((c) => Object.keys(c).length > 0, 'propose at least one change');

const ChangeRequest = z.object({
  id: z.string(),
  offerId: z.string(),
  offerName: z.string(),
  changes: z.record(z.string(), z.string()),
  note: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'rejected']),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

export const proposeSchema = {
  summary: 'Propose changes to an offer (providers: their own offers; reviewers and admins: any). Changes wait for review.',
  tags: ['changes'],
  params: z.object({ id: z.string().min(1).max(200) }),
  body: z.object({ changes: Changes, note: z.string().trim().max(2000).optional() }).strict(),
  response: { 202: z.object({ id: z.string(), status: z.literal('pending') }), 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 404: ErrorReply },
};

export const listChangesSchema = {
  summary: 'Proposed changes (reviewers)',
  tags: ['changes'],
  querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }),
  response: { 200: z.object({ changes: z.array(ChangeRequest) }), 401: ErrorReply, 403: ErrorReply },
};

export const decideSchema = {
  summary: 'Approve (apply and audit) or reject a proposed change (reviewers)',
  tags: ['changes'],
  params: z.object({ id: z.string().min(1).max(100) }),
  body: z.object({ decision: z.enum(['approve', 'reject']), note: z.string().trim().max(2000).optional() }).strict(),
  response: { 200: z.object({ change: ChangeRequest }), 401: ErrorReply, 403: ErrorReply, 404: ErrorReply, 409: ErrorReply },
};

export const auditSchema = {
  summary: 'Audit trail of changes to offers: who, when, what changed (reviewers)',
  tags: ['changes'],
  querystring: z.object({ offer: z.string().max(200).optional() }),
  response: {
    200: z.object({
      events: z.array(z.object({
        id: z.string(), offerId: z.string(), offerName: z.string(), action: z.string(), by: z.string(), requestedBy: z.string().nullable().optional(), at: z.string(),
        changes: z.record(z.string(), z.object({ from: z.string().nullable(), to: z.string().nullable() })),
      })),
    }),
    401: ErrorReply,
    403: ErrorReply,
  },
};
