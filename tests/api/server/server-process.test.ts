import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../helpers/free-port.ts';
import { isAlive, startServerProcess, waitUntilGone } from '../../helpers/server-process.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'log-server-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

async function startEmbedded() {
  const dataDir = tempDir();
  const port = await freePort();
  const server = startServerProcess({
    PORT: String(port), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir,
    LOAD_DEMO_DATA: 'false', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m',
  });
  await server.waitFor(/The database is ready/);
  const { javaPid } = JSON.parse(readFileSync(path.join(dataDir, 'running.json'), 'utf8')) as { javaPid: number };
  return { server, port, javaPid };
}

describe('npm start as a real process', () => {
  it('fails at start with a clear message and a non-zero exit for a bad PORT', async () => {
    const server = startServerProcess({ PORT: 'not-a-port' });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toMatch(/Invalid configuration: PORT/);
    expect(server.output()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('fails at start with a clear message for a bad NEO4J_URI', async () => {
    const server = startServerProcess({ NEO4J_URI: 'localhost:7687' });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toMatch(/NEO4J_URI must look like bolt:/);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`starts its own Neo4j, answers health, and ${signal} stops the app and the Java process`, async () => {
      const { server, port, javaPid } = await startEmbedded();
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { neo4j: { version: string } }).neo4j.version).toMatch(/^5\.26\./);
      expect(isAlive(javaPid)).toBe(true);
      server.child.kill(signal);
      const { code } = await server.exited;
      expect(code).toBe(0);
      await waitUntilGone(javaPid);
    }, 240_000);
  }

  it('leaves no orphan Java process even when the app is killed outright (SIGKILL)', async () => {
    const { server, javaPid } = await startEmbedded();
    server.child.kill('SIGKILL');
    await server.exited;
    await waitUntilGone(javaPid, 60_000);
  }, 240_000);

  it('with NEO4J_URI set, uses that database and starts no second one', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const server = startServerProcess({ PORT: String(port), NEO4J_URI: inject('neo4jUri'), NEO4J_DATA_DIR: dataDir, LOAD_DEMO_DATA: 'false' });
    try {
      await server.waitFor(/The database is ready/);
      expect(server.output()).toContain(`Neo4j: external, ${inject('neo4jUri')}`);
      expect(server.output()).not.toMatch(/Starting the embedded Neo4j/);
      expect(readdirSync(dataDir)).toEqual([]);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
