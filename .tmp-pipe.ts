import { readFileSync } from 'node:fs';
import { createDriver, inWriteTransaction } from './graph/seam/index.ts';
import { readSource } from './ingest/readers/index.ts';
import { enrichOffer } from './ingest/enrich/index.ts';
import { createOfferRepository, toOfferRow, type OfferRow } from './graph/offers/index.ts';
import { upsertOffers as dynUpsert } from './.tmp-upsert.ts';
import { loadRows } from './ingest/load/load-batch.ts';
const driver = createDriver({ uri: readFileSync('/tmp/bench-db-uri', 'utf8') });
const ctx = { driver, database: 'neo4j' };
const repo = createOfferRepository(ctx);
const base = '/tmp/log-bench-feeds/10000-seed-1';
const mode = process.argv[2]!; const batch = Number(process.env.BATCH ?? 1000);
const tag = `${mode}${Date.now()}`;
const t0 = performance.now(); let n = 0;
for (const a of JSON.parse(readFileSync(`${base}/manifest.json`, 'utf8')).authorities.slice(0, 2)) {
  await repo.upsertAuthority({ id: a.id, name: a.name, fictional: true, areas: a.areas }, 'x', new Date().toISOString());
  const read = await readSource(`${base}/${a.sources[0].path}`, { authorityId: a.id, format: 'oruk-v3' });
  const offers = read.offers.map((o) => ({ ...o, source: `${tag}/${a.id}`, sourceId: o.sourceId }));
  const now = new Date().toISOString();
  const make = (from: number): OfferRow[] => offers.slice(from, from + batch).map((o) => toOfferRow(enrichOffer(o, { areas: a.areas }).loadable));
  const write = (rows: OfferRow[]) => mode.startsWith('dyn')
    ? inWriteTransaction(ctx, async (tx) => { const s = await repo.readState(rows.map((r) => r.id), tx); await dynUpsert(ctx, rows, now, new Set(s.keys()), tx); })
    : loadRows(repo, rows, now);
  if (mode.endsWith('pipe')) {
    let pending: Promise<unknown> = Promise.resolve();
    for (let from = 0; from < offers.length; from += batch) {
      const rows = make(from);           // enrich the next batch while the previous one is being written
      await pending;
      pending = write(rows);
    }
    await pending;
  } else {
    for (let from = 0; from < offers.length; from += batch) await write(make(from));
  }
  n += offers.length;
}
const s = (performance.now() - t0) / 1000;
console.log(`${mode} batch ${batch}: ${n} in ${s.toFixed(1)} s = ${(n / s).toFixed(0)}/s (read+enrich+write)`);
await driver.close();
