import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countOffers } from '../../../graph/offers/count-offers.ts';
import { DEFAULT_BATCH_SIZE } from '../../../ingest/load/index.ts';
import { generateFeed } from '../../../ingest/generate/generate-feed.ts';
import type { BenchOptions, BenchRow, BenchSuite } from '../framework.ts';
import { runIngestCli } from './ingest-cli-run.ts';
import { BENCH_NEO4J, startBenchDatabase } from './ingest-neo4j.ts';
import { rawMergeCeilings } from './ingest-raw-merge.ts';
import { quickMode } from './load-quick-mode.ts';

/** The acceptance line for ingest (issue 9), checked at 100k services. */
export const INGEST_TARGETS = { seconds: 180, peakRssBytes: 1024 ** 3, ratioToRaw: 0.5 } as const;
/** The CLI's default batch: the raw ceiling is measured in batches of the same size. */
const BATCH = DEFAULT_BATCH_SIZE;

/** Sizes to run: BENCH_INGEST_SIZES (default 10k,100k; 10k in quick mode), e.g. BENCH_INGEST_SIZES=2k. */
function sizes(quick: boolean): number[] {
  return (process.env.BENCH_INGEST_SIZES ?? (quick ? '10k' : '10k,100k')).split(',').map((s) => {
    const match = /^(\d+)(k?)$/i.exec(s.trim());
    if (!match) throw new Error(`BENCH_INGEST_SIZES: "${s}" is not a size such as 10k`);
    return Number(match[1]) * (match[2] ? 1000 : 1);
  });
}

/** A generated feed, kept between runs in the temporary directory (the generator is deterministic). */
async function feedOf(services: number, log: (line: string) => void): Promise<string> {
  const dir = path.join(os.tmpdir(), 'log-bench-feeds', `${services}-seed-1`);
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    mkdirSync(dir, { recursive: true });
    log(`ingest: generating ${services} services into ${dir}...`);
    await generateFeed({ services, out: dir, seed: 1 });
  }
  return manifest;
}

let ran = false;

/**
 * `npm run ingest -- --manifest` of generated ORUK v3 feeds as its own process, on the bench's own fresh Neo4j:
 * time, records/s, the process's peak memory, and the ratio to a raw `UNWIND $rows MERGE` of the same rows on
 * the same database. Brings its own database, so it runs once whatever datasets are named.
 */
export const ingestSuite: BenchSuite = {
  name: 'ingest',
  description: 'npm run ingest of 10k and 100k generated services: time, records/s, peak memory, ratio to raw UNWIND MERGE (own Neo4j)',
  async run(_dataset, options: BenchOptions, log): Promise<BenchRow[]> {
    if (ran) return [];
    ran = true;
    const rows: BenchRow[] = [];
    for (const services of sizes(quickMode(options))) {
      const manifest = await feedOf(services, log);
      log(`ingest: ${services} services on a fresh Neo4j (heap ${BENCH_NEO4J.heap}, page cache ${BENCH_NEO4J.pageCache})...`);
      const db = await startBenchDatabase(log);
      try {
        const cli = await runIngestCli(['--manifest', manifest], db.uri, log);
        if (cli.code !== 0) throw new Error(`the ingest exited with ${cli.code}: ${cli.output.slice(-2000)}`);
        const loaded = await countOffers(db.ctx);
        log(`ingest: ${loaded} offers in ${cli.seconds.toFixed(1)} s; measuring the raw MERGE ceilings...`);
        const raw = await rawMergeCeilings(db.ctx, BATCH);
        rows.push(row(services, loaded, cli, raw));
      } finally {
        await db.stop();
      }
    }
    return rows;
  },
};

function row(services: number, loaded: number, cli: Awaited<ReturnType<typeof runIngestCli>>, raw: Awaited<ReturnType<typeof rawMergeCeilings>>): BenchRow {
  const perSecond = loaded / cli.seconds;
  // The acceptance ratio is to the raw MERGE of the same rows (node and relationships); the node-only one is context.
  const ratio = perSecond / raw.fullRows.perSecond;
  const nodesRatio = perSecond / raw.nodesOnly.perSecond;
  const mb = cli.peakRss / 1024 ** 2;
  const verdict = services >= 100_000
    ? ` | target <${INGEST_TARGETS.seconds} s, <1 GB, >=50% of raw same rows: ${cli.seconds < INGEST_TARGETS.seconds && cli.peakRss < INGEST_TARGETS.peakRssBytes && ratio >= INGEST_TARGETS.ratioToRaw ? 'MET' : 'NOT MET'}`
    : '';
  const percent = (r: number) => `${(r * 100).toFixed(0)}%`;
  return {
    suite: 'ingest',
    dataset: `generated ${services >= 1000 ? `${services / 1000}k` : services}`,
    measure: 'npm run ingest (own process) vs raw UNWIND MERGE',
    p50: raw.fullRows.batchP50,
    p95: raw.fullRows.batchP95,
    samples: loaded,
    notes: `${cli.seconds.toFixed(1)} s, ${Math.round(perSecond)} rec/s, peak ${Math.round(mb)} MB; raw same rows ${Math.round(raw.fullRows.perSecond)} rec/s ` +
      `(ratio ${percent(ratio)}); raw nodes only ${Math.round(raw.nodesOnly.perSecond)} rec/s (ratio ${percent(nodesRatio)})${verdict}`,
    extra: {
      services, offers: loaded, seconds: Number(cli.seconds.toFixed(2)), recordsPerSecond: Math.round(perSecond), peakRssMB: Math.round(mb),
      rawRecordsPerSecond: Math.round(raw.fullRows.perSecond), rawSeconds: Number(raw.fullRows.seconds.toFixed(2)), ratioToRaw: Number(ratio.toFixed(3)),
      rawNodesOnlyRecordsPerSecond: Math.round(raw.nodesOnly.perSecond), ratioToRawNodesOnly: Number(nodesRatio.toFixed(3)),
      latencyColumns: `raw MERGE (same rows) batch of ${BATCH} (ms)`, neo4jHeap: BENCH_NEO4J.heap, neo4jPageCache: BENCH_NEO4J.pageCache,
    },
  };
}
