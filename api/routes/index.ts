import type { FastifyInstance } from 'fastify';
import healthRoutes from './health/index.ts';
import docsRoutes from './docs/index.ts';
import authRoutes from './auth/index.ts';
import userRoutes from './users/index.ts';
import feedbackRoutes from './feedback/index.ts';
import gapRoutes from './gaps/index.ts';
import sufficiencyRoutes from './sufficiency/index.ts';
import changeRoutes from './changes/index.ts';

/** Every route plugin, registered after the external and app plugins. Add new resources here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(docsRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(feedbackRoutes);
  await app.register(gapRoutes);
  await app.register(sufficiencyRoutes);
  await app.register(changeRoutes);
}
