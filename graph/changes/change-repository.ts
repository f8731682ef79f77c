import { randomUUID } from 'node:crypto';
import { DomainError, NotFoundError, inWriteTransaction, readQuery, int, type GraphContext } from '../seam/index.ts';
import { EDITABLE_FIELD_NAMES, type EditableField } from './editable-fields.ts';

export type Changes = Partial<Record<EditableField, string>>;
export interface Actor { id: string; name: string; role: string; organisationIds: string[] }

export interface ChangeRequest {
  id: string;
  offerId: string;
  offerName: string;
  changes: Changes;
  note: string | null;
  status: 'pending' | 'approved' | 'rejected';
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface AuditEvent {
  id: string;
  offerId: string;
  offerName: string;
  action: string;
  /** Who made the change live (the reviewer). */
  by: string;
  /** Who proposed it (the provider), when it came through a change request. */
  requestedBy: string | null;
  at: string;
  changes: Record<string, { from: string | null; to: string | null }>;
}

export class NotYourOfferError extends DomainError {
  constructor() { super('forbidden', 403, 'You can only propose changes to offers your organisation provides.'); }
}
export class AlreadyDecidedError extends DomainError {
  constructor() { super('already_decided', 409, 'This change has already been approved or rejected.'); }
}

const OFFER_OWNER = `
MATCH (o:Offer {id: $id}) WHERE coalesce(o.retired, false) = false
OPTIONAL MATCH (o)-[:PROVIDED_BY]->(org:Organisation)
RETURN o.name AS name, org.id AS organisationId`;

const CREATE = `
MATCH (o:Offer {id: $offerId})
CREATE (c:ChangeRequest {id: $id, offerId: $offerId, offerName: o.name, changes: $changes, note: $note, status: 'pending',
  requestedBy: $by, requestedById: $byId, requestedAt: toString(datetime())})-[:CHANGES]->(o)
RETURN c.id AS id`;

const FIELDS = `c {.id, .offerId, .offerName, .changes, .note, .status, .requestedBy, .requestedAt, .decidedBy, .decidedAt, .decisionNote} AS change`;
const LIST = `MATCH (c:ChangeRequest) WHERE $status IS NULL OR c.status = $status RETURN ${FIELDS} ORDER BY c.requestedAt DESC LIMIT $limit`;
const GET = `MATCH (c:ChangeRequest {id: $id}) RETURN ${FIELDS}`;

const CURRENT_VALUES = `MATCH (o:Offer {id: $offerId}) RETURN o {${EDITABLE_FIELD_NAMES.map((f) => `.${f}`).join(', ')}} AS values`;

// Properties come from EDITABLE_FIELD_NAMES only (never from input), so `o += $changes` sets nothing else.
const APPLY = `
MATCH (c:ChangeRequest {id: $id, status: 'pending'})-[:CHANGES]->(o:Offer)
SET o += $changes, o.editedAt = toString(datetime())
SET c.status = 'approved', c.decidedBy = $by, c.decidedAt = toString(datetime()), c.decisionNote = $note
CREATE (e:AuditEvent {id: $eventId, offerId: o.id, offerName: o.name, action: 'change approved', by: $by, requestedBy: c.requestedBy,
  at: toString(datetime()), changes: $diff})-[:ABOUT]->(o)
RETURN o.id AS offerId`;

const REJECT = `
MATCH (c:ChangeRequest {id: $id, status: 'pending'})
SET c.status = 'rejected', c.decidedBy = $by, c.decidedAt = toString(datetime()), c.decisionNote = $note
RETURN c.id AS id`;

const AUDIT = `
MATCH (e:AuditEvent) WHERE $offerId IS NULL OR e.offerId = $offerId
RETURN e {.id, .offerId, .offerName, .action, .by, .requestedBy, .at, .changes} AS event ORDER BY e.at DESC LIMIT $limit`;

type StoredChange = Omit<ChangeRequest, 'changes'> & { changes: string };
const parse = (c: StoredChange): ChangeRequest => ({ ...c, changes: JSON.parse(c.changes) as Changes });

/** Providers propose changes to their own offers; reviewers approve (applied, audited) or reject them. */
export function createChangeRepository(ctx: GraphContext) {
  return {
    async propose(offerId: string, changes: Changes, note: string | undefined, actor: Actor): Promise<string> {
      const [offer] = await readQuery<{ name: string; organisationId: string | null }>(ctx, OFFER_OWNER, { id: offerId });
      if (!offer) throw new NotFoundError('No live offer has that id.');
      if (actor.role === 'provider' && (!offer.organisationId || !actor.organisationIds.includes(offer.organisationId))) throw new NotYourOfferError();
      const id = randomUUID();
      await inWriteTransaction(ctx, (tx) => tx.run(CREATE, { id, offerId, changes: JSON.stringify(changes), note: note ?? null, by: actor.name, byId: actor.id }));
      return id;
    },
    async list(status: ChangeRequest['status'] | undefined, limit = 200): Promise<ChangeRequest[]> {
      return (await readQuery<{ change: StoredChange }>(ctx, LIST, { status: status ?? null, limit: int(limit) })).map((r) => parse(r.change));
    },
    async decide(id: string, decision: 'approve' | 'reject', note: string | undefined, actor: Actor): Promise<ChangeRequest> {
      const [row] = await readQuery<{ change: StoredChange }>(ctx, GET, { id });
      if (!row) throw new NotFoundError('No change request has that id.');
      const change = parse(row.change);
      if (change.status !== 'pending') throw new AlreadyDecidedError();
      if (decision === 'approve') {
        const [current] = await readQuery<{ values: Record<string, string | null> }>(ctx, CURRENT_VALUES, { offerId: change.offerId });
        const diff = Object.fromEntries(Object.entries(change.changes).map(([field, to]) => [field, { from: current?.values[field] ?? null, to }]));
        await inWriteTransaction(ctx, (tx) => tx.run(APPLY, { id, changes: change.changes, by: actor.name, note: note ?? null, eventId: randomUUID(), diff: JSON.stringify(diff) }));
      } else {
        await inWriteTransaction(ctx, (tx) => tx.run(REJECT, { id, by: actor.name, note: note ?? null }));
      }
      const [after] = await readQuery<{ change: StoredChange }>(ctx, GET, { id });
      if (!after) throw new NotFoundError('No change request has that id.');
      return parse(after.change);
    },
    async audit(offerId: string | undefined, limit = 200): Promise<AuditEvent[]> {
      const rows = await readQuery<{ event: Omit<AuditEvent, 'changes'> & { changes: string } }>(ctx, AUDIT, { offerId: offerId ?? null, limit: int(limit) });
      return rows.map((r) => ({ ...r.event, changes: JSON.parse(r.event.changes) as AuditEvent['changes'] }));
    },
  };
}
