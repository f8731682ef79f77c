import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bootstrapSteps, runBootstrap } from '../../api/bootstrap.ts';
import { startEmbeddedNeo4j } from '../../graph/embedded/index.ts';
import { createDriver } from '../../graph/seam/index.ts';
import { freePort } from '../helpers/free-port.ts';

export interface EvalDatabase {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  stop(): Promise<void>;
}

/**
 * The database an evaluation or benchmark runs on: NEO4J_URI when set (assumed to hold the demo data),
 * else a fresh embedded Neo4j on a temporary directory, brought to the `npm start` state (schema,
 * ontology, demo data) and removed afterwards.
 */
export async function openDemoDatabase(log: (line: string) => void): Promise<EvalDatabase> {
  if (process.env.NEO4J_URI) {
    return { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, stop: async () => {} };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'log-eval-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(), dataDir, heap: '1g', pageCache: '256m', startTimeoutMs: 240_000, log,
  });
  const driver = createDriver({ uri: neo4j.uri });
  try {
    await runBootstrap({ driver, database: 'neo4j' }, bootstrapSteps({ loadDemoData: true }), log);
  } finally {
    await driver.close();
  }
  return {
    uri: neo4j.uri,
    async stop() {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
