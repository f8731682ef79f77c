import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOntology, type OntologyData } from '../../../graph/ontology/index.ts';
import { readQuery, writeQuery, type GraphContext } from '../../../graph/seam/index.ts';
import { allConcepts, allRelations, Concept, RelationType, SCHEMES } from '../../../ontology/index.ts';
import { testGraph } from '../../helpers/graph.ts';

const COUNT_ONTOLOGY = `
MATCH (c:Concept) WHERE c.id IN $ids
WITH collect(c) AS concepts
CALL (concepts) {
  UNWIND concepts AS a
  MATCH (a)-[r]->(b:Concept) WHERE type(r) IN $types AND b.id IN $ids
  RETURN count(r) AS relations
}
RETURN size(concepts) AS concepts, relations`;

const COUNT_EVERYTHING = 'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships';

describe('loading the ontology into Neo4j', () => {
  let ctx: GraphContext;
  const ids = allConcepts.map((c) => c.id);
  const counts = async () => (await readQuery<{ concepts: number; relations: number }>(ctx, COUNT_ONTOLOGY, { ids, types: RelationType.options }))[0];

  beforeAll(() => {
    ctx = testGraph();
  });
  afterAll(async () => {
    await writeQuery(ctx, "MATCH (c:Concept) WHERE c.id STARTS WITH 'need:test-ontology-' DETACH DELETE c");
    await ctx.driver.close();
  });

  it('holds every concept and relation after start-up', async () => {
    expect(await counts()).toEqual({ concepts: allConcepts.length, relations: allRelations.length });
  });

  it('gives each concept its scheme label and managed properties', async () => {
    const [autism] = await readQuery<Record<string, unknown>>(ctx, `
      MATCH (c:Concept {id: 'need:autism'})
      RETURN labels(c) AS labels, c.scheme AS scheme, c.label AS label, c.altLabels AS altLabels, c.searchText AS searchText`);
    expect(autism?.labels).toEqual(expect.arrayContaining(['Concept', SCHEMES.need.graphLabel]));
    expect(autism?.scheme).toBe('need');
    expect(autism?.altLabels).toContain('ASC');
    expect(autism?.searchText).toContain('autisum');
    const [law] = await readQuery<{ url: string; labels: string[] }>(ctx, "MATCH (c:Concept {id: 'law:cfa-2014-s36'}) RETURN c.url AS url, labels(c) AS labels");
    expect(law?.url).toBe('https://www.legislation.gov.uk/ukpga/2014/6/section/36');
    expect(law?.labels).toContain('Legislation');
    const [pathway] = await readQuery(ctx, `
      MATCH (:Concept {id: 'need:autism'})-[:HAS_PATHWAY]->(p:CarePathway {id: 'pathway:neurodevelopmental'})-[:LEADS_TO]->(a:CarePathway)
      RETURN a.id AS adult`);
    expect(pathway).toEqual({ adult: 'pathway:adult-autism-adhd' });
  });

  it('gives identical counts when loaded twice', async () => {
    const before = { ontology: await counts(), all: (await readQuery(ctx, COUNT_EVERYTHING))[0] };
    const first = await loadOntology(ctx);
    const second = await loadOntology(ctx);
    expect(first).toEqual(second);
    expect(second).toEqual({ concepts: allConcepts.length, relations: allRelations.length, removedRelations: 0 });
    expect({ ontology: await counts(), all: (await readQuery(ctx, COUNT_EVERYTHING))[0] }).toEqual(before);
  });

  it('removes relations the data no longer has, and clears properties it dropped', async () => {
    const make = (id: string, extra: Partial<Concept> = {}) =>
      Concept.parse({ id, scheme: 'need', label: `Test ${id}`, description: 'A concept that only this test uses.', source: 'test', ...extra });
    const a = make('need:test-ontology-a', { minAge: 3 });
    const b = make('need:test-ontology-b');
    const withLink: OntologyData = { concepts: [a, b], relations: [{ from: a.id, type: 'RELATED', to: b.id }] };
    expect(await loadOntology(ctx, withLink)).toEqual({ concepts: 2, relations: 1, removedRelations: 0 });
    const without: OntologyData = { concepts: [make(a.id), b], relations: [] };
    expect(await loadOntology(ctx, without)).toEqual({ concepts: 2, relations: 0, removedRelations: 1 });
    const [row] = await readQuery(ctx, "MATCH (c:Concept {id: 'need:test-ontology-a'}) RETURN c.minAge AS minAge, COUNT { (c)--() } AS links");
    expect(row).toEqual({ minAge: null, links: 0 });
    expect(await counts()).toEqual({ concepts: allConcepts.length, relations: allRelations.length });
  });
});
