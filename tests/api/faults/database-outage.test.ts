import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../graph/embedded/index.ts';
import { applyMigrations } from '../../../graph/schema/apply-migrations.ts';
import { createDriver } from '../../../graph/seam/index.ts';
import { buildApp } from '../../../api/app.ts';
import { loadConfig } from '../../../api/config.ts';
import { freePort } from '../../helpers/free-port.ts';
import { startServerProcess } from '../../helpers/server-process.ts';

/** Routes that need the database; each must answer 503 with a JSON reason while it is down. */
const DATABASE_ROUTES = ['/api/health', '/api/discover?q=autism', '/api/search?q=autism', '/api/gaps', '/api/feedback/published', '/oruk/services'];

async function until(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('when the database goes away while serving', () => {
  let dataDir: string;
  let port: number;
  let neo4j: EmbeddedNeo4j;
  let app: FastifyInstance;
  const start = () => startEmbeddedNeo4j({ port, dataDir, heap: '512m', pageCache: '64m', startTimeoutMs: 180_000, log: () => {} });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'log-outage-'));
    port = await freePort();
    neo4j = await start();
    const driver = createDriver({ uri: neo4j.uri });
    await applyMigrations({ driver, database: 'neo4j' });
    await driver.close();
    const config = loadConfig({ NEO4J_URI: neo4j.uri, LOG_LEVEL: 'silent' });
    app = await buildApp({ config, neo4j: { uri: neo4j.uri }, logger: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with a JSON reason while it is stopped, and recovers by itself when it returns', async () => {
    for (const url of DATABASE_ROUTES) expect((await app.inject({ url })).statusCode).toBe(200);
    await neo4j.stop();
    for (const url of DATABASE_ROUTES) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.body).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
      const body = response.json() as { reason?: string; message?: string };
      expect(body.reason ?? body.message).toEqual(expect.stringMatching(/database/i));
    }
    neo4j = await start();
    await until(async () => (await app.inject({ url: '/api/health' })).statusCode === 200);
    for (const url of DATABASE_ROUTES) expect((await app.inject({ url })).statusCode).toBe(200);
  }, 240_000);
});

describe('when the database is unreachable at start', () => {
  it('keeps running, says so clearly, retries, and becomes ready once the database appears', async () => {
    const boltPort = await freePort();
    const httpPort = await freePort();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'log-late-db-'));
    const server = startServerProcess({ PORT: String(httpPort), NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, LOAD_DEMO_DATA: 'false' });
    let neo4j: EmbeddedNeo4j | undefined;
    try {
      await server.waitFor(/not reachable yet; trying again/);
      expect((await fetch(`http://127.0.0.1:${httpPort}/api/health`)).status).toBe(503);
      neo4j = await startEmbeddedNeo4j({ port: boltPort, dataDir, heap: '512m', pageCache: '64m', startTimeoutMs: 180_000, log: () => {} });
      await server.waitFor(/The database is ready/, 60_000);
      expect((await fetch(`http://127.0.0.1:${httpPort}/api/health`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await neo4j?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
