import { readFileSync } from 'node:fs';
import { createDriver, inWriteTransaction } from './graph/seam/index.ts';
import { readSource } from './ingest/readers/index.ts';
import { enrichOffer } from './ingest/enrich/index.ts';
import { toOfferRow } from './graph/offers/index.ts';
const driver = createDriver({ uri: readFileSync('/tmp/bench-db-uri', 'utf8') });
const ctx = { driver, database: 'neo4j' };
const base = '/tmp/log-bench-feeds/10000-seed-1';
const a = JSON.parse(readFileSync(`${base}/manifest.json`, 'utf8')).authorities[0];
const read = await readSource(`${base}/${a.sources[0].path}`, { authorityId: a.id, format: 'oruk-v3' });
const rows = read.offers.map((o) => toOfferRow(enrichOffer(o, { areas: a.areas }).loadable));
const batch = Number(process.env.BATCH ?? 250);
async function run(label: string, tagLabel: string) {
  const tag = `${label}-${Date.now()}`;
  let stmt = 0, total = 0;
  for (let i = 0; i < rows.length; i += batch) {
    const part = rows.slice(i, i + batch).map((r) => ({ id: `${tag}-${r.id}`, props: { ...r.props, id: `${tag}-${r.id}` } }));
    const t0 = performance.now();
    await inWriteTransaction(ctx, async (tx) => { const t1 = performance.now(); await tx.run(`UNWIND $rows AS row MERGE (o:${tagLabel} {id: row.id}) SET o += row.props`, { rows: part }); stmt += performance.now() - t1; });
    total += performance.now() - t0;
  }
  console.log(`${label} (${tagLabel}) batch ${batch}: ${(rows.length / total * 1000).toFixed(0)}/s; statements ${(stmt / 1000).toFixed(2)} s of ${(total / 1000).toFixed(2)} s`);
}
await driver.executeQuery('CREATE CONSTRAINT rawtest_id IF NOT EXISTS FOR (n:RawTest) REQUIRE n.id IS UNIQUE', {}, { database: 'neo4j' });
await run('with-fulltext', 'Offer');
await run('no-fulltext', 'RawTest');
await run('with-fulltext', 'Offer');
await run('no-fulltext', 'RawTest');
await driver.close();
