import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from './graph/embedded/index.ts';
import { createDriver } from './graph/seam/index.ts';
import { bootstrapSteps, runBootstrap } from './api/bootstrap.ts';
import { readSource } from './ingest/readers/index.ts';
import { enrichOffer } from './ingest/enrich/index.ts';
import { createOfferRepository, toOfferRow } from './graph/offers/index.ts';
import { upsertOffers } from './graph/offers/upsert-offers.ts';
import { freePort } from './tests/helpers/free-port.ts';

const N = Number(process.argv[2] ?? 3000);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'log-prof-'));
const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, heap: '2g', pageCache: '1g', startTimeoutMs: 240_000, log: () => {} });
const driver = createDriver({ uri: neo4j.uri });
const ctx = { driver, database: 'neo4j' };
try {
  await runBootstrap(ctx, bootstrapSteps({ loadDemoData: false }), () => {});
  const areas = [{ id: 'ashcombe', name: 'Ashcombe' }, { id: 'kirkby-lees', name: 'Kirkby Lees' }];
  await createOfferRepository(ctx).upsertAuthority({ id: 'brackenshire', name: 'Brackenshire', fictional: true, areas }, 'x', new Date().toISOString());
  const read = await readSource('ingest/demo-data/brackenshire/oruk-v3', { authorityId: 'brackenshire', format: 'oruk-v3' });
  const mk = (prefix: string) => Array.from({ length: N }, (_, i) => toOfferRow(enrichOffer({ ...read.offers[i % read.offers.length]!, sourceId: `${prefix}-${i}`, source: `${prefix}/oruk-v3` }, { areas }).loadable));
  const rowsA = mk('raw'); const rowsB = mk('full');
  const now = new Date().toISOString();
  let t = performance.now();
  for (let i = 0; i < N; i += 250) await driver.executeQuery('UNWIND $rows AS row MERGE (o:Offer {id: row.id}) SET o += row.props', { rows: rowsA.slice(i, i + 250) }, { database: 'neo4j' });
  const raw = (performance.now() - t) / 1000;
  console.log(`raw merge ${N}: ${raw.toFixed(1)} s = ${(N / raw).toFixed(0)}/s`);
  t = performance.now();
  for (let i = 0; i < N; i += 250) await upsertOffers(ctx, rowsB.slice(i, i + 250), now);
  const full = (performance.now() - t) / 1000;
  console.log(`upsert ${N}: ${full.toFixed(1)} s = ${(N / full).toFixed(0)}/s; ratio ${(raw / full).toFixed(2)}`);
  const links = rowsB.slice(0, 250).reduce((n, r) => n + Object.values(r.links).reduce((m, l) => m + l.length, 0), 0);
  console.log(`avg links ${links / 250}, avg props json ${JSON.stringify(rowsB[0]!.props).length}`);
  // profile one more batch
  const { UPSERT } = await import('./.tmp-q.ts').catch(() => ({ UPSERT: '' }));
  if (UPSERT) {
    const res = await driver.executeQuery('PROFILE ' + UPSERT, { rows: mk('prof').slice(0, 250), now }, { database: 'neo4j' });
    const walk = (p: any, d = 0): void => { console.log(`${' '.repeat(d)}${p.operatorType} hits=${p.dbHits} rows=${p.rows} ${(p.arguments?.Details ?? '').toString().slice(0, 100)}`); p.children.forEach((c: any) => walk(c, d + 1)); };
    walk(res.summary.profile);
  }
} finally {
  await driver.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
