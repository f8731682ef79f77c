import { int, readQuery, type GraphContext } from '../../seam/index.ts';

export interface TextHit {
  id: string;
  score: number;
  source: 'offer' | 'concept';
}

/** The best full-text matches among offers and among concepts, in one round trip. */
const TEXT_SEEDS = `CALL db.index.fulltext.queryNodes('offer_text', $query, {limit: $limit}) YIELD node, score
WHERE NOT coalesce(node.retired, false)
RETURN node.id AS id, score, 'offer' AS source
UNION ALL
CALL db.index.fulltext.queryNodes('concept_text', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score, 'concept' AS source`;

/** Full-text hits for a (built, escaped) Lucene query; none for an empty query. */
export async function fullTextHits(ctx: GraphContext, query: string, limit = 40): Promise<TextHit[]> {
  if (!query.trim()) return [];
  return readQuery<TextHit>(ctx, TEXT_SEEDS, { query, limit: int(limit) });
}
