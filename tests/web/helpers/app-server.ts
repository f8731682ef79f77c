import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../helpers/app.ts';
import { ROOT } from '../../helpers/server-process.ts';

export interface RunningApp {
  app: FastifyInstance;
  url: string;
}

/** Builds the web app, then starts the real API (serving it) on a free port against the test Neo4j. */
export async function startWebApp(): Promise<RunningApp> {
  execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts'], { cwd: ROOT, stdio: 'pipe' });
  const app = await buildTestApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}` };
}
