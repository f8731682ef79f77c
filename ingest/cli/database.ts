import { loadConfig } from '../../api/config.ts';
import { bootstrapSteps, runBootstrap } from '../../api/bootstrap.ts';
import { connectToNeo4j } from '../../graph/embedded/index.ts';
import { createDriver, type GraphContext } from '../../graph/seam/index.ts';

export interface CliDatabase {
  ctx: GraphContext;
  /** Closes the driver, and stops the database if this process started it. */
  close(): Promise<void>;
}

/**
 * The same database the app uses: NEO4J_URI if set; else the app's embedded Neo4j if it is running on the same
 * data (never a second one on the same files); else one started for this run. The schema (and whatever else
 * start-up prepares, except the demo data) is brought up to date first.
 */
export async function openDatabase(log: (line: string) => void): Promise<CliDatabase> {
  const config = loadConfig();
  const neo4j = await connectToNeo4j({
    uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD,
    port: config.NEO4J_BOLT_PORT, dataDir: config.NEO4J_DATA_DIR, heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE, startTimeoutMs: config.NEO4J_START_TIMEOUT_SECONDS * 1000, log,
  });
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  const ctx: GraphContext = { driver, database: config.NEO4J_DATABASE };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await driver.close().catch(() => {});
    await neo4j.stop().catch(() => {});
  };
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    await runBootstrap(ctx, bootstrapSteps({ loadDemoData: false }), log, 2000);
  } catch (error) {
    await close();
    throw error;
  }
  return { ctx, close };
}
