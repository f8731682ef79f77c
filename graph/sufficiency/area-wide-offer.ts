import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeQuery, type GraphContext } from '../seam/index.ts';

/** An authority's area-wide offer: what it expects every setting to provide, per framework question (SE7 framework p.14). */
export const AreaWideOffer = z.object({
  authorityId: z.string().min(1),
  adopted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  about: z.string().optional(),
  expectations: z.array(z.object({
    questionId: z.string().min(1),
    expectation: z.string().min(1),
    /** What an answer should cover, each with words that show it does. */
    keyPoints: z.array(z.object({ label: z.string().min(1), terms: z.array(z.string().min(1)).min(1) })).default([]),
  })),
});
export type AreaWideOffer = z.infer<typeof AreaWideOffer>;

const LOAD = `
UNWIND $rows AS row
MERGE (e:AreaWideExpectation {id: row.id})
SET e.authorityId = row.authorityId, e.questionId = row.questionId, e.expectation = row.expectation,
    e.keyPoints = row.keyPoints, e.adopted = row.adopted
WITH e, row
OPTIONAL MATCH (q:Concept {id: row.questionId})
FOREACH (_ IN CASE WHEN q IS NULL THEN [] ELSE [1] END | MERGE (e)-[:FOR_QUESTION]->(q))
WITH DISTINCT row.authorityId AS authorityId
MATCH (old:AreaWideExpectation {authorityId: authorityId}) WHERE NOT old.id IN $ids
DETACH DELETE old`;

/** Loads (or replaces) an authority's area-wide offer from its JSON file; idempotent. */
export async function loadAreaWideOffer(ctx: GraphContext, file: string): Promise<number> {
  const offer = AreaWideOffer.parse(JSON.parse(readFileSync(file, 'utf8')));
  const rows = offer.expectations.map((e) => ({
    id: `${offer.authorityId}:${e.questionId}`, authorityId: offer.authorityId, questionId: e.questionId,
    expectation: e.expectation, keyPoints: JSON.stringify(e.keyPoints), adopted: offer.adopted ?? null,
  }));
  await writeQuery(ctx, LOAD, { rows, ids: rows.map((r) => r.id) });
  return rows.length;
}
