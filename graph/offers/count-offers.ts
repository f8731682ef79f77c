import { readQuery, type GraphContext } from '../seam/index.ts';

const COUNT_ALL = 'MATCH (o:Offer) RETURN count(o) AS offers';
const COUNT_SOURCE = 'MATCH (o:Offer {source: $source}) RETURN count(o) AS offers';

/** How many offers exist (retired included), in all or in one source. */
export async function countOffers(ctx: GraphContext, filter: { source?: string } = {}): Promise<number> {
  const [row] = filter.source
    ? await readQuery<{ offers: number }>(ctx, COUNT_SOURCE, { source: filter.source })
    : await readQuery<{ offers: number }>(ctx, COUNT_ALL);
  return row?.offers ?? 0;
}
