import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../api/app.ts';
import { bootstrapSteps, runBootstrap } from '../../api/bootstrap.ts';
import { loadConfig } from '../../api/config.ts';
import { startEmbeddedNeo4j } from '../../graph/embedded/index.ts';
import { createDriver, readQuery, type GraphContext } from '../../graph/seam/index.ts';
import { loadManifest } from '../../ingest/demo/load-manifest.ts';
import { generateFeed } from '../../ingest/generate/generate-feed.ts';
import { openDemoDatabase } from '../eval/database.ts';
import { freePort } from '../helpers/free-port.ts';

/** A database with data in it, the app listening over HTTP on it, and a graph context for raw queries. */
export interface Dataset {
  name: string;
  /** Live offers in the database. */
  offers: number;
  baseUrl: string;
  app: FastifyInstance;
  ctx: GraphContext;
  close(): Promise<void>;
}

export interface DatasetOptions {
  /** For generated datasets: keep the database here and reuse it next time (default: a temporary directory, removed). */
  dataDir?: string | undefined;
  log: (line: string) => void;
}

const COUNT_OFFERS = 'MATCH (o:Offer) WHERE NOT coalesce(o.retired, false) RETURN count(o) AS offers';

/** `demo` (the demo data, or NEO4J_URI) or `<N>k` / a number (a generated dataset of that many services). */
export async function openDataset(name: string, options: DatasetOptions): Promise<Dataset> {
  if (name === 'demo') {
    const database = await openDemoDatabase(options.log);
    return serve(name, { uri: database.uri, user: database.user, password: database.password }, database.stop, options.log);
  }
  const services = parseSize(name);
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : mkdtempSync(path.join(os.tmpdir(), `log-bench-${name}-`));
  mkdirSync(dataDir, { recursive: true });
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(), dataDir: path.join(dataDir, 'neo4j'), heap: '2g', pageCache: '1g', startTimeoutMs: 240_000, log: options.log,
  });
  const stop = async () => {
    await neo4j.stop();
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const driver = createDriver({ uri: neo4j.uri });
    const ctx = { driver, database: 'neo4j' };
    try {
      await runBootstrap(ctx, bootstrapSteps({ loadDemoData: false }), options.log);
      const [row] = await readQuery<{ offers: number }>(ctx, COUNT_OFFERS);
      if ((row?.offers ?? 0) < services) {
        const feed = path.join(dataDir, 'feed');
        if (!existsSync(path.join(feed, 'manifest.json'))) {
          options.log(`Generating ${services} services...`);
          await generateFeed({ services, out: feed, seed: 1 });
        }
        options.log(`Loading ${services} services (this takes a while)...`);
        await loadManifest(ctx, path.join(feed, 'manifest.json'), { log: options.log, batchSize: 500 });
      }
    } finally {
      await driver.close();
    }
    return serve(name, { uri: neo4j.uri }, stop, options.log);
  } catch (error) {
    await stop();
    throw error;
  }
}

function parseSize(name: string): number {
  const match = /^(\d+)(k?)$/i.exec(name);
  if (!match) throw new Error(`Unknown dataset "${name}": use demo, or a number of services such as 10k`);
  return Number(match[1]) * (match[2] ? 1000 : 1);
}

async function serve(name: string, connection: { uri: string; user?: string | undefined; password?: string | undefined }, stopDatabase: () => Promise<void>, log: (line: string) => void): Promise<Dataset> {
  const config = loadConfig({ NEO4J_URI: connection.uri, NEO4J_USER: connection.user ?? '', NEO4J_PASSWORD: connection.password ?? '', LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, neo4j: connection, logger: false });
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  const started = Date.now();
  const snapshot = await app.discovery.snapshots.get();
  log(`${name}: snapshot of ${snapshot.nodes.length} nodes and ${snapshot.targets.length} arcs built in ${Date.now() - started} ms`);
  const [row] = await readQuery<{ offers: number }>(app.graph, COUNT_OFFERS);
  return {
    name, offers: row?.offers ?? 0, baseUrl: `http://127.0.0.1:${port}`, app, ctx: app.graph,
    async close() {
      await app.close();
      await stopDatabase();
    },
  };
}
