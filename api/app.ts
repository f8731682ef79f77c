import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Neo4jConnection } from '../graph/seam/index.ts';
import neo4jPlugin from './plugins/external/neo4j.ts';
import swaggerPlugin from './plugins/external/swagger.ts';
import staticPlugin from './plugins/external/static.ts';
import securityHeaders from './plugins/external/security-headers.ts';
import rateLimit from './plugins/external/rate-limit.ts';
import auth from './plugins/app/auth.ts';
import errorHandler, { frameworkErrorHandler } from './plugins/app/error-handler.ts';
import graphAvailability from './plugins/app/graph-availability.ts';
import { registerRoutes } from './routes/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface AppOptions {
  config: Config;
  neo4j: Neo4jConnection;
  /** Pino logging; off in tests unless asked for. */
  logger?: boolean | { level: string };
}

/** Builds the Fastify app: external plugins, then our own, then the routes (fastify/demo's order). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: options.config.LOG_LEVEL },
    bodyLimit: 256 * 1024,
    trustProxy: false,
    // Errors the router meets before any hook runs: the same headers and JSON shape as every other answer.
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', options.config);

  await app.register(neo4jPlugin, { connection: options.neo4j, database: options.config.NEO4J_DATABASE });
  await app.register(securityHeaders);
  await app.register(rateLimit);
  await app.register(swaggerPlugin);
  await app.register(staticPlugin);
  await app.register(errorHandler);
  await app.register(graphAvailability);
  await app.register(auth);
  await registerRoutes(app);
  return app;
}
