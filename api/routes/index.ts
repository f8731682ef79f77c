import type { FastifyInstance } from 'fastify';
import healthRoutes from './health/index.ts';
import discoveryPlugin from '../plugins/app/discovery.ts';
import discoverRoutes from './discover/index.ts';
import searchRoutes from './search/index.ts';
import nodeRoutes from './nodes/index.ts';
import pathRoutes from './path/index.ts';
import docsRoutes from './docs/index.ts';
import authRoutes from './auth/index.ts';
import userRoutes from './users/index.ts';
import feedbackRoutes from './feedback/index.ts';
import gapRoutes from './gaps/index.ts';
import sufficiencyRoutes from './sufficiency/index.ts';
import changeRoutes from './changes/index.ts';
import ingestRoutes from './ingest/index.ts';
import conceptRoutes from './concepts/index.ts';
import ontologyRoutes from './ontology/index.ts';
import orukRoutes from './oruk/index.ts';

/** Every route plugin, registered after the external and app plugins. Add new resources here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  // The discovery engine (a decorator shared by the four routes after it).
  await app.register(discoveryPlugin);
  await app.register(discoverRoutes);
  await app.register(searchRoutes);
  await app.register(nodeRoutes);
  await app.register(pathRoutes);
  await app.register(docsRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(feedbackRoutes);
  await app.register(gapRoutes);
  await app.register(sufficiencyRoutes);
  await app.register(changeRoutes);
  await app.register(ingestRoutes);
  await app.register(conceptRoutes);
  await app.register(ontologyRoutes);
  await app.register(orukRoutes);
}
