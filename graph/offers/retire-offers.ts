import { writeQuery, type GraphContext } from '../seam/index.ts';

const RETIRE_MISSING = `
MATCH (o:Offer {source: $source})
WHERE NOT o.id IN $keep AND coalesce(o.retired, false) = false
SET o.retired = true, o.retiredAt = $now
RETURN count(o) AS retired`;

/**
 * Retires (marks, never deletes) every live offer of `source` whose id is not in `keep`: it disappeared from
 * its source. It keeps its links, and comes back (retired = false) if a later ingest finds it again.
 */
export async function retireMissingOffers(ctx: GraphContext, source: string, keep: string[], now: string): Promise<number> {
  const [row] = await writeQuery<{ retired: number }>(ctx, RETIRE_MISSING, { source, keep, now });
  return row?.retired ?? 0;
}
