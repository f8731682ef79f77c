import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from './graph/embedded/index.ts';
import { createDriver } from './graph/seam/index.ts';
import { bootstrapSteps, runBootstrap } from './api/bootstrap.ts';
import { readSource } from './ingest/readers/index.ts';
import { enrichOffer } from './ingest/enrich/index.ts';
import { ingestOffers } from './ingest/load/index.ts';
import { createOfferRepository } from './graph/offers/index.ts';
import { freePort } from './tests/helpers/free-port.ts';

const N = Number(process.argv[2] ?? 3000);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'log-prof-'));
const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heap: '2g', pageCache: '1g', startTimeoutMs: 240_000, log: console.log });
const driver = createDriver({ uri: neo4j.uri });
const ctx = { driver, database: 'neo4j' };
try {
  await runBootstrap(ctx, bootstrapSteps({ loadDemoData: false }), console.log);
  const areas = [{ id: 'ashcombe', name: 'Ashcombe' }, { id: 'kirkby-lees', name: 'Kirkby Lees' }];
  await createOfferRepository(ctx).upsertAuthority({ id: 'brackenshire', name: 'Brackenshire', fictional: true, areas }, 'x', new Date().toISOString());
  const read = await readSource('ingest/demo-data/brackenshire/oruk-v3', { authorityId: 'brackenshire', format: 'oruk-v3' });
  const offers = Array.from({ length: N }, (_, i) => ({ ...read.offers[i % read.offers.length]!, sourceId: `svc-${i}`, source: 'prof/oruk-v3' }));
  let t = performance.now();
  for (const o of offers.slice(0, 1000)) enrichOffer(o, { areas });
  console.log(`enrich: ${(1000 / ((performance.now() - t) / 1000)).toFixed(0)} offers/s`);
  t = performance.now();
  const s = await ingestOffers(ctx, { offers }, { authority: { areas } });
  console.log(`ingest ${N}: ${((performance.now() - t) / 1000).toFixed(1)} s, ${(N / ((performance.now() - t) / 1000)).toFixed(0)} offers/s`, s.counts);
} finally {
  await driver.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
