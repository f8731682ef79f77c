import { loadConfig, ConfigError, type Config } from './config.ts';
import { buildApp } from './app.ts';
import { connectToNeo4j, EmbeddedNeo4jError, type Neo4jHandle } from '../graph/embedded/index.ts';
import { bootstrapSteps, runBootstrap } from './bootstrap.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `npm start`: validate the config, start (or find) Neo4j, build the app, listen, then bring the
 * database up to date in the background. Ctrl-C, SIGTERM and uncaught errors all stop the app and
 * the embedded Neo4j; the Java process also stops by itself if this process dies.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  let neo4j: Neo4jHandle;
  try {
    neo4j = await connectToNeo4j({
      uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD,
      port: config.NEO4J_BOLT_PORT, dataDir: config.NEO4J_DATA_DIR, heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE, startTimeoutMs: config.NEO4J_START_TIMEOUT_SECONDS * 1000, log: say,
    });
  } catch (error) {
    if (error instanceof EmbeddedNeo4jError) fail(error.message);
    throw error;
  }
  const app = await buildApp({ config, neo4j: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password } });

  let closing = false;
  const shutdown = async (why: string, code: number) => {
    if (closing) return;
    closing = true;
    say(`Stopping (${why})...`);
    const force = setTimeout(() => process.exit(code || 1), 40_000);
    await app.close().catch(() => {});
    await neo4j.stop().catch(() => {});
    clearTimeout(force);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('uncaughtException', (error) => { console.error(error); void shutdown('uncaught error', 1); });
  process.on('unhandledRejection', (error) => { console.error(error); void shutdown('unhandled rejection', 1); });

  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    console.error(`Could not listen on ${config.HOST}:${config.PORT}: ${(error as Error).message}`);
    await shutdown('listen failed', 1);
    return;
  }
  say(`Local Offer Graph is running at http://localhost:${config.PORT} (Neo4j: ${neo4j.mode}, ${neo4j.uri})`);
  // In the background: the app answers (health says 503) while the database comes up or is retried.
  runBootstrap(app.graph, bootstrapSteps({ loadDemoData: config.LOAD_DEMO_DATA }), say)
    .then(() => say('The database is ready.'))
    .catch((error: Error) => console.error(`Start-up could not prepare the database: ${error.message}`));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

await main();
