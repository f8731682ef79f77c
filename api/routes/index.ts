import type { FastifyInstance } from 'fastify';
import healthRoutes from './health/index.ts';
import docsRoutes from './docs/index.ts';

/** Every route plugin, registered after the external and app plugins. Add new resources here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(docsRoutes);
}
