import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '../../../ontology/offer.ts';
import { readQuery, type GraphContext } from '../../../graph/seam/index.ts';
import { offerId, onIngested, readGraphVersion, type IngestedEvent } from '../../../graph/offers/index.ts';
import { IngestBatchError, ingestOffers } from '../../../ingest/load/index.ts';
import { testGraph } from '../../helpers/graph.ts';
import { cleanScope, makeOffer, seedScope, snapshotScope, testScope } from '../../graph/offers/offer-fixtures.ts';

describe('ingesting offers (enrich + load), on the real Neo4j', () => {
  const scope = testScope('ingest');
  let ctx: GraphContext;
  let areaIds: string[];

  const input = (): Offer[] => [
    makeOffer(scope, 'A-1', { name: 'Saturday sensory club', needs: ['autism'], description: 'For autistic children aged 5 to 11. Drop in.', areas: [areaIds[0]!] }),
    makeOffer(scope, 'A-2', { name: 'Sleep clinic', description: 'For children with ADHD who cannot sleep. GP referral needed.', areas: ['all'], organisation: { name: 'Test Sleep Trust' } }),
    makeOffer(scope, 'A-3', { kind: 'setting', name: 'Test Primary School', description: 'A primary school for pupils in Reception to Year 6.',
      answers: [{ question: 'How will school staff support my child?', text: 'Our SENCO plans support with you.' }] }),
  ];
  const ids = (...sourceIds: string[]) => sourceIds.map((id) => offerId(scope.source, id));

  beforeAll(async () => {
    ctx = testGraph();
    ({ areaIds } = await seedScope(ctx, scope, 0, 2));
  });
  afterAll(async () => {
    await cleanScope(ctx, scope);
    await ctx.driver.close();
  });

  it('loads new offers with their enriched links', async () => {
    const summary = await ingestOffers(ctx, { offers: input() });
    expect(summary.counts).toEqual({ read: 3, created: 3, updated: 0, unchanged: 0, retired: 0, rejected: 0 });
    const [club] = await readQuery<{ needs: string[]; areas: string[]; ages: string[] }>(ctx, `
      MATCH (o:Offer {id: $id})
      RETURN [(o)-[:FOR_NEED]->(c) | c.id] AS needs, [(o)-[:SERVES_AREA]->(a) | a.id] AS areas, [(o)-[:FOR_AGE]->(c) | c.id] AS ages`, { id: ids('A-1')[0] });
    expect(club).toEqual({ needs: ['need:autism'], areas: [areaIds[0]], ages: ['age:5-11'] });
    const [clinic] = await readQuery<{ areas: string[] }>(ctx, 'MATCH (o:Offer {id: $id}) RETURN [(o)-[:SERVES_AREA]->(a) | a.id] AS areas', { id: ids('A-2')[0] });
    expect([...clinic!.areas].sort()).toEqual([...areaIds].sort());
    const answered = await readQuery(ctx, 'MATCH (:Offer {id: $id})-[:HAS_ANSWER]->(:Answer)-[:ANSWERS]->(q:FrameworkQuestion) RETURN q.id AS id', { id: ids('A-3')[0] });
    expect(answered).toEqual([{ id: 'question:se7-parent-02' }]);
  });

  it('finds an offer by a synonym of its concepts through the full-text index', async () => {
    const hits = await readQuery(ctx, `CALL db.index.fulltext.queryNodes('offer_text', 'autistic') YIELD node WHERE node.source = $source RETURN node.id AS id`, { source: scope.source });
    expect(hits).toEqual(expect.arrayContaining([{ id: ids('A-1')[0] }]));
    const [club] = await readQuery<{ text: string }>(ctx, 'MATCH (o:Offer {id: $id}) RETURN o.searchText AS text', { id: ids('A-1')[0] });
    expect(club?.text).toContain('ASD');
  });

  it('is idempotent: the same input again changes nothing, not even the graph version', async () => {
    const before = await snapshotScope(ctx, scope);
    const version = await readGraphVersion(ctx);
    const summary = await ingestOffers(ctx, { offers: input() });
    expect(summary.counts).toEqual({ read: 3, created: 0, updated: 0, unchanged: 3, retired: 0, rejected: 0 });
    expect(await snapshotScope(ctx, scope)).toEqual(before);
    expect(await readGraphVersion(ctx)).toBe(version);
  });

  it('updates only the record that changed, replacing its links', async () => {
    const changed = input();
    changed[0] = makeOffer(scope, 'A-1', { name: 'Saturday sensory club', needs: ['dyslexia'], description: 'For children aged 5 to 11. Drop in.', areas: [areaIds[0]!] });
    const before = await snapshotScope(ctx, scope);
    const summary = await ingestOffers(ctx, { offers: changed });
    expect(summary.counts).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const needs = await readQuery(ctx, 'MATCH (:Offer {id: $id})-[:FOR_NEED]->(c) RETURN c.id AS id', { id: ids('A-1')[0] });
    expect(needs).toEqual([{ id: 'need:dyslexia' }]);
    const after = await snapshotScope(ctx, scope);
    const offers = (nodes: unknown[]) => nodes.filter((n) => (n as { labels: string[] }).labels.includes('Offer')).map((n) => JSON.stringify(n));
    const differing = offers(after.nodes).filter((n) => !offers(before.nodes).includes(n)).map((n) => (JSON.parse(n) as { props: { id: string } }).props.id);
    expect(differing).toEqual(ids('A-1'));
  });

  it('retires a record that disappeared from its source, keeps a rejected one, and restores one that comes back', async () => {
    const [first] = input();
    const summary = await ingestOffers(ctx, { offers: [first!], rejects: [{ file: 'test.csv', record: 'A-3', line: 4, field: 'min_age', reason: 'not a number' }] });
    expect(summary.counts).toMatchObject({ read: 2, rejected: 1, retired: 1 });
    const state = await readQuery(ctx, 'MATCH (o:Offer) WHERE o.id IN $ids RETURN o.sourceId AS id, o.retired AS retired ORDER BY id', { ids: ids('A-1', 'A-2', 'A-3') });
    expect(state).toEqual([{ id: 'A-1', retired: false }, { id: 'A-2', retired: true }, { id: 'A-3', retired: false }]);
    const back = await ingestOffers(ctx, { offers: input() });
    expect(back.counts).toMatchObject({ updated: 1, unchanged: 2, retired: 0 }); // A-2 restored
    expect(await readQuery(ctx, 'MATCH (o:Offer {source: $source}) WHERE o.retired RETURN o.id', { source: scope.source })).toEqual([]);
  });

  it('retires nothing after a partial read (a file or page that could not be read)', async () => {
    const summary = await ingestOffers(ctx, { offers: input().slice(0, 1), partial: true });
    expect(summary.counts.retired).toBe(0);
    expect(summary.warnings.join(' ')).toContain('nothing was retired');
    expect(await readQuery(ctx, 'MATCH (o:Offer {source: $source}) WHERE o.retired RETURN o.id', { source: scope.source })).toEqual([]);
  });

  it('rejects a second record with the same id', async () => {
    const summary = await ingestOffers(ctx, { offers: [...input(), makeOffer(scope, 'A-2', { name: 'Imposter' })] });
    expect(summary.counts).toMatchObject({ read: 4, rejected: 1, unchanged: 3 });
    expect(summary.rejects[0]).toMatchObject({ record: 'A-2', field: 'id' });
  });

  it('writes nothing of a batch that fails midway, keeps earlier batches, writes no later one, and retires nothing', async () => {
    // C-1 is enriched while the 2nd batch is being written (the pipeline), but must never be written after it fails.
    const offers = [...input(), makeOffer(scope, 'B-1'), makeOffer(scope, 'B-2'), makeOffer(scope, 'C-1')];
    // A value the database refuses (a map as a property), in the 2nd batch, after B-1 was written in that transaction.
    (offers[4] as { organisation?: unknown }).organisation = { name: 'Broken Org', url: { not: 'a string' } };
    offers.splice(2, 1); // A-3 absent: would be retired, if the run completed
    const error = await ingestOffers(ctx, { offers }, { batchSize: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestBatchError);
    expect((error as IngestBatchError).summary.counts).toMatchObject({ unchanged: 2, created: 0, retired: 0 });
    expect((error as IngestBatchError).message).toMatch(/^Records 3 to 4 .* Records 1 to 2 were written\.$/);
    expect(await readQuery(ctx, 'MATCH (o:Offer) WHERE o.id IN $ids RETURN o.id', { ids: ids('B-1', 'B-2', 'C-1') })).toEqual([]);
    const [a3] = await readQuery(ctx, 'MATCH (o:Offer {id: $id}) RETURN o.retired AS retired', { id: ids('A-3')[0] });
    expect(a3).toEqual({ retired: false });
  });

  it('tells after-ingest listeners and bumps the graph version when something changed', async () => {
    const events: IngestedEvent[] = [];
    const stop = onIngested((event) => { events.push(event); });
    try {
      const version = await readGraphVersion(ctx);
      await ingestOffers(ctx, { offers: [...input(), makeOffer(scope, 'C-1')] });
      expect(events).toEqual([expect.objectContaining({ sources: [scope.source], created: 1, graphVersion: version + 1 })]);
      await ingestOffers(ctx, { offers: [...input(), makeOffer(scope, 'C-1')] });
      expect(events).toHaveLength(1);
    } finally {
      stop();
    }
  });
});
