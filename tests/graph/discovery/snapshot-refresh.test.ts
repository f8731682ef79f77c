import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscoveryService, type DiscoveryService } from '../../../graph/discovery/service.ts';
import { bumpGraphVersion, onIngested } from '../../../graph/offers/index.ts';
import { writeQuery } from '../../../graph/seam/index.ts';
import { ingestOffers } from '../../../ingest/load/index.ts';
import { Offer } from '../../../ontology/offer.ts';
import { testGraph, uniqueLabel } from '../../helpers/graph.ts';

const ctx = testGraph();
const source = `test/${uniqueLabel('discovery')}`;
let service: DiscoveryService;

/** What this file made: its offers (by source) and the node it wrote directly. */
const CLEAN_UP = `MATCH (o:Offer) WHERE o.source = $source OR o.id = $direct
OPTIONAL MATCH (o)-[:HAS_ANSWER]->(a:Answer)
DETACH DELETE a, o`;

beforeAll(async () => {
  service = createDiscoveryService(ctx, { pollMs: 0 });
  service.start(onIngested);
  await service.snapshots.get();
});
afterAll(async () => {
  service.close();
  await writeQuery(ctx, CLEAN_UP, { source, direct: `${source}-direct` });
  await bumpGraphVersion(ctx);
  await ctx.driver.close();
});

describe('the discovery snapshot', () => {
  it('is rebuilt after an ingest in this process, before the ingest returns', async () => {
    const before = (await service.snapshots.get()).version;
    const offer = Offer.parse({
      source, sourceId: 'zz-1', authorityId: 'brackenshire', kind: 'service',
      name: 'Quokka Hollow sleep and bedtime club', description: 'A bedtime club for autistic children who cannot sleep.',
      needs: ['autism', 'sleep difficulties'], minAge: 5, maxAge: 11,
    });
    await ingestOffers(ctx, { offers: [offer] }, { retire: false });
    const snapshot = service.snapshots.current()!;
    expect(snapshot.version).not.toBe(before);
    expect(snapshot.nodes.some((n) => n.name === 'Quokka Hollow sleep and bedtime club')).toBe(true);
    const found = await service.discover({ q: 'quokka hollow bedtime club', age: 7 });
    expect(found.results.map((r) => r.name)).toContain('Quokka Hollow sleep and bedtime club');
    const tooOld = await service.discover({ q: 'quokka hollow bedtime club', age: 15 });
    expect(tooOld.results.map((r) => r.name)).not.toContain('Quokka Hollow sleep and bedtime club');
  });

  it('is rebuilt when another process changed the graph version', async () => {
    await writeQuery(ctx, `CREATE (o:Offer:Service {id: $id, kind: 'service', name: 'Wombat Lane respite evenings', authorityId: 'brackenshire', source: $source})`,
      { id: `${source}-direct`, source });
    expect(service.snapshots.current()!.nodes.some((n) => n.name === 'Wombat Lane respite evenings')).toBe(false);
    await bumpGraphVersion(ctx);
    await service.snapshots.poll();
    expect(service.snapshots.current()!.nodes.some((n) => n.name === 'Wombat Lane respite evenings')).toBe(true);
  });

  it('never holds retired offers', async () => {
    await writeQuery(ctx, 'MATCH (o:Offer {id: $id}) SET o.retired = true', { id: `${source}-direct` });
    await bumpGraphVersion(ctx);
    await service.snapshots.poll();
    expect(service.snapshots.current()!.indexOf.has(`${source}-direct`)).toBe(false);
  });
});
