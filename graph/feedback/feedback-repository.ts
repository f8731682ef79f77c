import { randomUUID } from 'node:crypto';
import { BadInputError, DomainError, NotFoundError, readQuery, writeQuery, int, type GraphContext } from '../seam/index.ts';

import type { FeedbackStatus } from './statuses.ts';

export { FEEDBACK_STATUSES, type FeedbackStatus } from './statuses.ts';

const NEXT: Record<FeedbackStatus, FeedbackStatus[]> = {
  new: ['acknowledged', 'responded', 'closed'],
  acknowledged: ['responded', 'closed'],
  responded: ['published', 'closed'],
  published: ['closed'],
  closed: [],
};

export interface FeedbackContact { name?: string | undefined; email?: string | undefined; phone?: string | undefined }

/** What reviewers see, contact details included. Never sent to a public route. */
export interface Feedback {
  id: string;
  about: string;
  aboutName: string;
  message: string;
  publicMessage: string | null;
  response: string | null;
  status: FeedbackStatus;
  contact: FeedbackContact;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** What the public sees: no contact details, the reviewer's public wording of the message. */
export interface PublishedFeedback {
  id: string;
  about: string;
  aboutName: string;
  message: string;
  response: string;
  publishedAt: string;
}

export class InvalidTransitionError extends DomainError {
  constructor(from: FeedbackStatus, to: FeedbackStatus) {
    super('invalid_transition', 409, `Feedback that is "${from}" cannot become "${to}" (it can become: ${NEXT[from].join(', ') || 'nothing'}).`);
  }
}

const OFFER_NAME = 'MATCH (o:Offer {id: $id}) WHERE coalesce(o.retired, false) = false RETURN o.name AS name';

const CREATE = `
CREATE (f:Feedback {id: $id, about: $about, aboutName: $aboutName, message: $message, status: 'new',
  contactName: $contact.name, contactEmail: $contact.email, contactPhone: $contact.phone,
  createdAt: toString(datetime()), updatedAt: toString(datetime())})
WITH f
OPTIONAL MATCH (o:Offer {id: $about})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (f)-[:ABOUT]->(o))
RETURN f.id AS id`;

const FIELDS = `f {.id, .about, .aboutName, .message, .publicMessage, .response, .status, .createdAt, .updatedAt, .publishedAt,
  contact: {name: f.contactName, email: f.contactEmail, phone: f.contactPhone}} AS feedback`;

const LIST = `MATCH (f:Feedback) WHERE $status IS NULL OR f.status = $status
RETURN ${FIELDS} ORDER BY f.createdAt DESC LIMIT $limit`;

const GET = `MATCH (f:Feedback {id: $id}) RETURN ${FIELDS}`;

const UPDATE = `
MATCH (f:Feedback {id: $id})
SET f.status = $status, f.response = coalesce($response, f.response), f.publicMessage = coalesce($publicMessage, f.publicMessage),
    f.updatedAt = toString(datetime()),
    f.publishedAt = CASE WHEN $status = 'published' THEN toString(datetime()) ELSE f.publishedAt END
RETURN ${FIELDS}`;

const PUBLISHED = `
MATCH (f:Feedback {status: 'published'})
RETURN f {.id, .about, .aboutName, message: coalesce(f.publicMessage, f.message), .response, .publishedAt} AS feedback
ORDER BY f.publishedAt DESC LIMIT $limit`;

/** Feedback about the Local Offer or one offer (CFA 2014 s.30(6): comments and the authority's responses are published). */
export function createFeedbackRepository(ctx: GraphContext) {
  return {
    async create(input: { about: string; message: string; contact: FeedbackContact }): Promise<string> {
      let aboutName = 'The Local Offer as a whole';
      if (input.about !== 'local-offer') {
        const [offer] = await readQuery<{ name: string }>(ctx, OFFER_NAME, { id: input.about });
        if (!offer) throw new BadInputError(`"about" must be "local-offer" or the id of an offer; no offer has the id ${JSON.stringify(input.about.slice(0, 80))}.`);
        aboutName = offer.name;
      }
      const contact = { name: input.contact.name ?? null, email: input.contact.email ?? null, phone: input.contact.phone ?? null };
      const [row] = await writeQuery<{ id: string }>(ctx, CREATE, { id: randomUUID(), about: input.about, aboutName, message: input.message, contact });
      if (!row) throw new Error('feedback was not stored');
      return row.id;
    },
    async list(status: FeedbackStatus | undefined, limit = 200): Promise<Feedback[]> {
      return (await readQuery<{ feedback: Feedback }>(ctx, LIST, { status: status ?? null, limit: int(limit) })).map((r) => r.feedback);
    },
    async update(id: string, change: { status: FeedbackStatus; response?: string | undefined; publicMessage?: string | undefined }): Promise<Feedback> {
      const [current] = await readQuery<{ feedback: Feedback }>(ctx, GET, { id });
      if (!current) throw new NotFoundError('No feedback has that id.');
      const from = current.feedback.status;
      if (change.status !== from && !NEXT[from].includes(change.status)) throw new InvalidTransitionError(from, change.status);
      const response = change.response ?? current.feedback.response;
      if ((change.status === 'responded' || change.status === 'published') && !response?.trim()) {
        throw new BadInputError('Write a response before marking feedback as responded or published.');
      }
      const [row] = await writeQuery<{ feedback: Feedback }>(ctx, UPDATE, { id, status: change.status, response: change.response ?? null, publicMessage: change.publicMessage ?? null });
      if (!row) throw new NotFoundError('No feedback has that id.');
      return row.feedback;
    },
    async published(limit = 200): Promise<PublishedFeedback[]> {
      return (await readQuery<{ feedback: PublishedFeedback }>(ctx, PUBLISHED, { limit: int(limit) })).map((r) => r.feedback);
    },
  };
}
