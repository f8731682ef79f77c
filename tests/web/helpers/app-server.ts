import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../helpers/app.ts';
import { ROOT } from '../../helpers/server-process.ts';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the web app, then starts the real API (serving it) on a free port against the test Neo4j.
 * With WEB_TEST_URL set, uses an app already running there instead (for working on the web app).
 */
export async function startWebApp(): Promise<RunningApp> {
  const external = process.env.WEB_TEST_URL;
  if (external) return { url: external.replace(/\/$/, ''), close: async () => {} };
  execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts'], { cwd: ROOT, stdio: 'pipe' });
  const app: FastifyInstance = await buildTestApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
