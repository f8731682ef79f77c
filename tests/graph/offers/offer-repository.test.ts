import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuery, type GraphContext } from '../../../graph/seam/index.ts';
import { createOfferRepository, offerId, toOfferRow, type OfferRepository } from '../../../graph/offers/index.ts';
import { loadBatch, loadRows } from '../../../ingest/load/load-batch.ts';
import { testGraph } from '../../helpers/graph.ts';
import { cleanScope, loadable, makeOffer, seedScope, snapshotScope, testScope } from './offer-fixtures.ts';

describe('the offer repository, on the real Neo4j', () => {
  const scope = testScope('repo');
  let ctx: GraphContext;
  let repo: OfferRepository;
  let conceptIds: string[];
  let areaIds: string[];
  const now = () => new Date().toISOString();

  const offers = () => [
    loadable(makeOffer(scope, 'one', {
      kind: 'setting', minAge: 4, maxAge: 11, organisation: { name: 'Test Trust' },
      locations: [{ id: 'loc-1', name: 'The Hall', postcode: 'BK1 1AA' }],
      answers: [{ question: 'How will you support my child?', text: 'With care.' }],
    }), [{ type: 'FOR_NEED', conceptId: conceptIds[0]!, explicit: true, evidence: 'needs: autism' }], [areaIds[0]!]),
    loadable(makeOffer(scope, 'two', { organisation: { name: 'Test Trust' } }),
      [{ type: 'FOR_NEED', conceptId: conceptIds[1]!, explicit: false, evidence: '…for children with ADHD…' }], areaIds),
    loadable(makeOffer(scope, 'three')),
  ];

  beforeAll(async () => {
    ctx = testGraph();
    repo = createOfferRepository(ctx);
    ({ conceptIds, areaIds } = await seedScope(ctx, scope));
  });
  afterAll(async () => {
    await cleanScope(ctx, scope);
    await ctx.driver.close();
  });

  it('creates offers with their organisation, location, areas, answers, links and provenance', async () => {
    expect(await loadBatch(repo, offers(), now())).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const [one] = await readQuery<Record<string, unknown>>(ctx, `
      MATCH (o:Offer {id: $id})
      RETURN labels(o) AS labels, o.source AS source, o.ingestedAt IS NOT NULL AS stamped, o.retired AS retired,
        [(o)-[:PROVIDED_BY]->(g) | g.name] AS organisations, [(o)-[:AT_LOCATION]->(l) | l.postcode] AS postcodes,
        [(o)-[:SERVES_AREA]->(a) | a.id] AS areas, [(o)-[:IN_AUTHORITY]->(a) | a.id] AS authorities,
        [(o)-[:HAS_ANSWER]->(a) | a.text] AS answers, [(o)-[r:FOR_NEED]->(c) | [c.id, r.explicit, r.evidence]] AS needs`,
    { id: offerId(scope.source, 'one') });
    expect(one).toEqual({
      labels: expect.arrayContaining(['Offer', 'Setting']), source: scope.source, stamped: true, retired: false,
      organisations: ['Test Trust'], postcodes: ['BK1 1AA'], areas: [areaIds[0]], authorities: [scope.authorityId],
      answers: ['With care.'], needs: [[conceptIds[0], true, 'needs: autism']],
    });
    const shared = await readQuery(ctx, 'MATCH (g:Organisation {name: "Test Trust"})<-[:PROVIDED_BY]-(o:Offer {source: $source}) RETURN DISTINCT g.id AS id', { source: scope.source });
    expect(shared).toHaveLength(1);
    const unstamped = await readQuery(ctx, `
      MATCH (o:Offer {source: $source})--(n) WHERE (n:Organisation OR n:Location OR n:Answer) AND (n.source IS NULL OR n.ingestedAt IS NULL)
      RETURN n`, { source: scope.source });
    expect(unstamped).toEqual([]);
  });

  it('loads the same input again without rewriting anything: same graph, all unchanged', async () => {
    const before = await snapshotScope(ctx, scope);
    const stamps = await readQuery(ctx, 'MATCH (o:Offer {source: $source}) RETURN o.id AS id, o.ingestedAt AS at ORDER BY id', { source: scope.source });
    expect(await loadBatch(repo, offers(), now())).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await snapshotScope(ctx, scope)).toEqual(before);
    expect(await readQuery(ctx, 'MATCH (o:Offer {source: $source}) RETURN o.id AS id, o.ingestedAt AS at ORDER BY id', { source: scope.source })).toEqual(stamps);
  });

  it('updates only the changed record and replaces its concept links', async () => {
    const changed = offers();
    changed[1] = loadable(makeOffer(scope, 'two', { organisation: { name: 'Test Trust' }, description: 'Now for something else.' }),
      [{ type: 'FOR_NEED', conceptId: conceptIds[2]!, explicit: true, evidence: 'needs: dyslexia' }], areaIds);
    const before = await snapshotScope(ctx, scope);
    expect(await loadBatch(repo, changed, now())).toEqual({ created: 0, updated: 1, unchanged: 2 });
    const needs = await readQuery(ctx, 'MATCH (:Offer {id: $id})-[:FOR_NEED]->(c) RETURN c.id AS id', { id: offerId(scope.source, 'two') });
    expect(needs).toEqual([{ id: conceptIds[2] }]);
    const after = await snapshotScope(ctx, scope);
    const offerNodes = (nodes: unknown[]) => nodes.filter((n) => (n as { labels: string[] }).labels.includes('Offer'));
    const differing = offerNodes(after.nodes).filter((node) => !offerNodes(before.nodes).some((old) => JSON.stringify(old) === JSON.stringify(node)));
    expect(differing.map((n) => (n as { props: { id: string } }).props.id)).toEqual([offerId(scope.source, 'two')]);
  });

  it('retires an offer that disappeared from its source, and brings it back when it reappears', async () => {
    const keep = [offerId(scope.source, 'one'), offerId(scope.source, 'two')];
    expect(await repo.retireMissing(scope.source, keep, now())).toBe(1);
    expect(await repo.retireMissing(scope.source, keep, now())).toBe(0);
    const [gone] = await readQuery(ctx, 'MATCH (o:Offer {id: $id}) RETURN o.retired AS retired, o.retiredAt IS NOT NULL AS dated, [(o)-[:IN_AUTHORITY]->(a) | a.id] AS kept', { id: offerId(scope.source, 'three') });
    expect(gone).toEqual({ retired: true, dated: true, kept: [scope.authorityId] });
    expect(await loadBatch(repo, [loadable(makeOffer(scope, 'three'))], now())).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [back] = await readQuery(ctx, 'MATCH (o:Offer {id: $id}) RETURN o.retired AS retired, o.retiredAt AS retiredAt', { id: offerId(scope.source, 'three') });
    expect(back).toEqual({ retired: false, retiredAt: null });
  });

  it('writes nothing of a batch that fails midway', async () => {
    const rows = ['four', 'five', 'six'].map((id) => toOfferRow(loadable(makeOffer(scope, id))));
    // The database refuses a map as a property value: the third row fails after the first two were written in the transaction.
    (rows[2]!.props as Record<string, unknown>).name = { not: 'a primitive' };
    await expect(loadRows(repo, rows, now())).rejects.toThrow();
    const written = await readQuery(ctx, 'MATCH (o:Offer) WHERE o.id IN $ids RETURN o.id AS id', { ids: rows.map((r) => r.id) });
    expect(written).toEqual([]);
  });

  it('writes only relationship types from the fixed list, whatever a row claims', async () => {
    const row = toOfferRow(loadable(makeOffer(scope, 'seven'), [{ type: 'FOR_NEED', conceptId: conceptIds[2]!, explicit: true, evidence: 'needs' }]));
    // A row smuggling a type the list does not have (as a bug or tampered data would): it must not become a relationship.
    (row.links as Record<string, unknown[]>)['DETACH_DELETE'] = [{ conceptId: conceptIds[0]!, explicit: true, evidence: 'x' }];
    (row.links.FOR_NEED as Array<Record<string, unknown>>).push({ conceptId: conceptIds[1]!, explicit: true, evidence: 'y', type: 'OWNS' });
    await loadRows(repo, [row], now());
    const types = await readQuery<{ type: string; concept: string }>(ctx, 'MATCH (o:Offer {id: $id})-[r]->(c:Concept) RETURN type(r) AS type, c.id AS concept ORDER BY concept', { id: row.id });
    expect(types).toEqual([{ type: 'FOR_NEED', concept: conceptIds[1] }, { type: 'FOR_NEED', concept: conceptIds[2] }]);
  });

  it('bumps the graph version so another process can notice an ingest', async () => {
    const before = await repo.readVersion();
    expect(await repo.bumpVersion()).toBe(before + 1);
    expect(await repo.readVersion()).toBe(before + 1);
  });
});
