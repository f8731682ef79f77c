import { readQuery, type GraphContext } from '../seam/index.ts';

const COUNT_LIVE_OFFERS = `
MATCH (c:Concept {id: $id})<-[]-(o:Offer)
WHERE coalesce(o.retired, false) = false
RETURN count(DISTINCT o) AS offers`;

/** How many live (not retired) offers link straight to this concept. */
export async function countOffersForConcept(ctx: GraphContext, id: string): Promise<number> {
  const [row] = await readQuery<{ offers: number }>(ctx, COUNT_LIVE_OFFERS, { id });
  return row?.offers ?? 0;
}
