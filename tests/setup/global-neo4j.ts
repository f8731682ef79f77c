import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../../graph/embedded/index.ts';
import { createDriver } from '../../graph/seam/index.ts';
import { bootstrapSteps, runBootstrap } from '../../api/bootstrap.ts';
import { freePort } from '../helpers/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Starts ONE embedded Neo4j for the whole test run, on a free port with a temporary data directory,
 * brings it to the state `npm start` leaves (schema, ontology, demo data), and stops it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'log-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(), dataDir, heap: '1g', pageCache: '256m', startTimeoutMs: 240_000,
    log: (line) => process.stdout.write(`[neo4j] ${line}\n`),
  });
  const driver = createDriver({ uri: neo4j.uri });
  try {
    await runBootstrap({ driver, database: 'neo4j' }, bootstrapSteps({ loadDemoData: true }), (line) => process.stdout.write(`[setup] ${line}\n`));
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
