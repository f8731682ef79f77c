import type { ManagedTransaction } from 'neo4j-driver';
import {
  allConcepts,
  allRelations,
  type Concept,
  type Relation,
  RelationType,
  SCHEMES,
  SchemeId,
} from '../../ontology/index.ts';
import { inWriteTransaction, writeQuery, type GraphContext } from '../seam/index.ts';

/** What the ontology holds: by default the whole validated vocabulary from ontology/. */
export interface OntologyData {
  concepts: readonly Concept[];
  relations: readonly Relation[];
}

export interface OntologyLoadSummary {
  concepts: number;
  relations: number;
  /** Concept-to-concept relationships removed because the ontology no longer has them. */
  removedRelations: number;
}

const BATCH_SIZE = 500;
const LABEL = /^[A-Z][A-Za-z]+$/;

/**
 * One constant statement per scheme: the node label comes from the fixed scheme list (ontology/scheme-info.ts),
 * never from input. MERGE by id; every managed property is set (null removes one the data no longer has).
 */
const UPSERT_CONCEPTS: Record<SchemeId, string> = Object.fromEntries(
  SchemeId.options.map((scheme) => {
    const label = SCHEMES[scheme].graphLabel;
    if (!LABEL.test(label)) throw new Error(`Unexpected graph label ${label}`);
    return [scheme, `UNWIND $rows AS row MERGE (c:Concept {id: row.id}) SET c:${label}, c += row.props RETURN count(c) AS n`];
  }),
) as Record<SchemeId, string>;

/** One constant statement per relation type, from the fixed list in ontology/concept.ts. */
const UPSERT_RELATIONS: Record<RelationType, string> = Object.fromEntries(
  RelationType.options.map((type) => [
    type,
    `UNWIND $rows AS row
     MATCH (a:Concept {id: row.from})
     MATCH (b:Concept {id: row.to})
     MERGE (a)-[r:${type}]->(b)
     SET r.source = row.source
     RETURN count(r) AS n`,
  ]),
) as Record<RelationType, string>;

/** Removes concept-to-concept relationships of our types between ontology concepts that the data no longer has. */
const REMOVE_STALE_RELATIONS = `
MATCH (a:Concept)-[r]->(b:Concept)
WHERE type(r) IN $types AND a.id IN $ids AND b.id IN $ids AND NOT (a.id + '|' + type(r) + '|' + b.id) IN $keys
DELETE r
RETURN count(r) AS n`;

function conceptRow(concept: Concept) {
  const searchText = [concept.label, ...concept.altLabels, ...concept.hiddenLabels].join(' | ');
  const { id, scheme, label, description, altLabels, hiddenLabels, source } = concept;
  return {
    id,
    props: {
      id, scheme, label, description, altLabels, hiddenLabels, source, searchText,
      url: concept.url ?? null,
      minAge: concept.minAge ?? null,
      maxAge: concept.maxAge ?? null,
      timescale: concept.timescale ?? null,
      forFamilies: concept.forFamilies ?? null,
      lifeStage: concept.lifeStage ?? null,
      questionSet: concept.questionSet ?? null,
      order: concept.order ?? null,
    },
  };
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) out.push(items.slice(i, i + BATCH_SIZE));
  return out;
}

async function run(ctx: GraphContext, tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await writeQuery<{ n: number }>(ctx, cypher, params, tx);
  return row?.n ?? 0;
}

async function load(ctx: GraphContext, data: OntologyData, tx: ManagedTransaction): Promise<OntologyLoadSummary> {
  let concepts = 0;
  for (const scheme of SchemeId.options) {
    const rows = data.concepts.filter((c) => c.scheme === scheme).map(conceptRow);
    for (const batch of batches(rows)) concepts += await run(ctx, tx, UPSERT_CONCEPTS[scheme], { rows: batch });
  }
  let relations = 0;
  for (const type of RelationType.options) {
    const rows = data.relations.filter((r) => r.type === type).map((r) => ({ from: r.from, to: r.to, source: r.source ?? null }));
    for (const batch of batches(rows)) relations += await run(ctx, tx, UPSERT_RELATIONS[type], { rows: batch });
  }
  const removedRelations = await run(ctx, tx, REMOVE_STALE_RELATIONS, {
    types: RelationType.options,
    ids: data.concepts.map((c) => c.id),
    keys: data.relations.map((r) => `${r.from}|${r.type}|${r.to}`),
  });
  return { concepts, relations, removedRelations };
}

/**
 * Loads the ontology into Neo4j: every concept as `:Concept` plus its scheme label, MERGEd by id, and every
 * relation MERGEd by type, in batches. Idempotent (loading again changes nothing) and transactional (all or
 * nothing); pass `tx` to make it part of a larger write. Offers' links to concepts are never touched.
 */
export async function loadOntology(
  ctx: GraphContext,
  data: OntologyData = { concepts: allConcepts, relations: allRelations },
  tx?: ManagedTransaction,
): Promise<OntologyLoadSummary> {
  if (tx) return load(ctx, data, tx);
  return inWriteTransaction(ctx, (inner) => load(ctx, data, inner));
}
