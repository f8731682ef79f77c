import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../api/app.ts';
import { loadConfig } from '../../api/config.ts';

/** Builds the real app on the test run's Neo4j (use `app.inject`); close it in afterAll. */
export async function buildTestApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, neo4j: { uri: config.NEO4J_URI ?? inject('neo4jUri') }, logger: false });
  await app.ready();
  return app;
}
