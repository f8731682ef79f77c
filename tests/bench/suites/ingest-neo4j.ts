import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bootstrapSteps, runBootstrap } from '../../../api/bootstrap.ts';
import { startEmbeddedNeo4j } from '../../../graph/embedded/index.ts';
import { createDriver, type GraphContext } from '../../../graph/seam/index.ts';
import { freePort } from '../../helpers/free-port.ts';

/** Memory of the bench's own Neo4j: enough heap for 100k services in 500-offer transactions, and the store in page cache. */
export const BENCH_NEO4J = { heap: '3g', pageCache: '2g' } as const;

export interface BenchDatabase {
  uri: string;
  ctx: GraphContext;
  stop(): Promise<void>;
}

/** A fresh embedded Neo4j on a temporary directory, with the schema and the ontology (no demo data); removed on stop. */
export async function startBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'log-bench-ingest-'));
  const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir, ...BENCH_NEO4J, startTimeoutMs: 240_000, log });
  const driver = createDriver({ uri: neo4j.uri });
  const ctx = { driver, database: 'neo4j' };
  const stop = async () => {
    await driver.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await runBootstrap(ctx, bootstrapSteps({ loadDemoData: false }), () => {});
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri: neo4j.uri, ctx, stop };
}
