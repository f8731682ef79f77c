import type { ManagedTransaction } from 'neo4j-driver';
import { writeQuery, type GraphContext } from '../seam/index.ts';

export interface StoredOfferState {
  id: string;
  contentHash: string | null;
  retired: boolean;
}

const READ_STATE = `
UNWIND $ids AS id
MATCH (o:Offer {id: id})
RETURN o.id AS id, o.contentHash AS contentHash, coalesce(o.retired, false) AS retired`;

/**
 * The stored content hash and retirement of each of `ids` that exists. Runs in the caller's write transaction
 * when given one (so the check and the write see the same state), else in its own.
 */
export async function readOfferState(ctx: GraphContext, ids: string[], tx?: ManagedTransaction): Promise<Map<string, StoredOfferState>> {
  const rows = await writeQuery<StoredOfferState>(ctx, READ_STATE, { ids }, tx);
  return new Map(rows.map((row) => [row.id, row]));
}
