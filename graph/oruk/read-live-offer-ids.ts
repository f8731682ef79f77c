import { readQuery, type GraphContext } from '../seam/index.ts';

const READ_IDS = `
MATCH (o:Offer)
WHERE coalesce(o.retired, false) = false
RETURN o.id AS id`;

/** The id of every live (not retired) offer: the feed turns them into its service UUIDs. */
export async function readLiveOfferIds(ctx: GraphContext): Promise<string[]> {
  const rows = await readQuery<{ id: string }>(ctx, READ_IDS);
  return rows.map((row) => row.id);
}
