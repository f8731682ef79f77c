import { readFileSync } from 'node:fs';
import type { ManagedTransaction } from 'neo4j-driver';
import { createDriver, inWriteTransaction, writeQuery } from './graph/seam/index.ts';
import { readSource } from './ingest/readers/index.ts';
import { enrichOffer } from './ingest/enrich/index.ts';
import { createOfferRepository, toOfferRow, type OfferRow } from './graph/offers/index.ts';
import { loadRows } from './ingest/load/load-batch.ts';
import { upsertOffers as dynUpsert } from './.tmp-upsert.ts';
import { inWriteTransaction as iwt } from './graph/seam/index.ts';
const uri = readFileSync('/tmp/bench-db-uri', 'utf8');
const driver = createDriver({ uri });
const ctx = { driver, database: 'neo4j' };
const base = '/tmp/log-bench-feeds/10000-seed-1';
const manifest = JSON.parse(readFileSync(`${base}/manifest.json`, 'utf8'));
const a = manifest.authorities[Number(process.argv[3] ?? 0)];
await createOfferRepository(ctx).upsertAuthority({ id: a.id, name: a.name, fictional: true, areas: a.areas }, 'x', new Date().toISOString());
let t = performance.now();
const read = await readSource(`${base}/${a.sources[0].path}`, { authorityId: a.id, format: 'oruk-v3' });
console.log(`read ${read.offers.length}: ${(performance.now() - t).toFixed(0)} ms`);
const mode = process.argv[2] ?? 'current';
const tag = `${mode}-${Date.now()}`;
t = performance.now();
const enriched = read.offers.map((o) => enrichOffer({ ...o, source: `exp/${tag}`, sourceId: `${tag}-${o.sourceId}` }, { areas: a.areas }).loadable);
console.log(`enrich ${enriched.length}: ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const rows = enriched.map(toOfferRow);
console.log(`rows: ${(performance.now() - t).toFixed(0)} ms`);
const repo = createOfferRepository(ctx);
const now = new Date().toISOString();
const batch = Number(process.env.BATCH ?? 250);
const stmt = new Map<string, number>();
t = performance.now();
for (let i = 0; i < rows.length; i += batch) {
  if (mode === 'dyn') {
    const tb = performance.now();
    await iwt(ctx, async (real) => {
      const tx = { run: async (c: string, p: any) => { const t1 = performance.now(); const r = await real.run(c, p); const k = c.trim().split('\n').slice(0, 2).join(' ').slice(0, 70); stmt.set(k, (stmt.get(k) ?? 0) + performance.now() - t1); return r; } } as any;
      await repo.readState(rows.slice(i, i + batch).map((r) => r.id), tx); await dynUpsert(ctx, rows.slice(i, i + batch), now, new Set(), tx);
      stmt.set('(statements end)', (stmt.get('(statements end)') ?? 0) - performance.now());
    });
    stmt.set('(statements end)', (stmt.get('(statements end)') ?? 0) + performance.now());
    stmt.set('(batch total)', (stmt.get('(batch total)') ?? 0) + performance.now() - tb);
  }
  else await loadRows(repo, rows.slice(i, i + batch), now);
}
const ms = performance.now() - t;
console.log(`${mode} write batch ${batch}: ${(ms / 1000).toFixed(1)} s = ${(rows.length / ms * 1000).toFixed(0)}/s`);
for (const [k, v] of [...stmt].sort((x, y) => y[1] - x[1])) console.log((v / 1000).toFixed(2).padStart(7), k);
await driver.close();
