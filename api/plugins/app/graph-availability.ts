import fp from 'fastify-plugin';
import { GraphUnavailableError } from '../../../graph/seam/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    graphAvailability: GraphAvailability;
  }
}

export interface GraphAvailability {
  readonly up: boolean;
  markDown(): void;
}

const PROBE_EVERY_MS = 1_000;

/**
 * A circuit breaker for database outages. Once a query finds the database gone, API routes answer
 * (under /api and /oruk) 503 at once (rather than each waiting for the driver's timeouts) while a probe checks every second;
 * when the database answers again, routes recover by themselves. /api/health always asks the database.
 */
export default fp(
  async (fastify) => {
    let up = true;
    let probe: NodeJS.Timeout | undefined;
    const availability: GraphAvailability = {
      get up() { return up; },
      markDown() {
        if (!up) return;
        up = false;
        fastify.log.warn('The database is unreachable; API routes answer 503 until it is back.');
        probe = setInterval(() => {
          fastify.graph.driver.verifyConnectivity({ database: fastify.graph.database }).then(() => {
            up = true;
            clearInterval(probe);
            fastify.log.info('The database is reachable again.');
          }, () => {});
        }, PROBE_EVERY_MS);
        probe.unref();
      },
    };
    fastify.decorate('graphAvailability', availability);
    fastify.addHook('onRequest', async (request) => {
      // The ORUK feed reads the database too: it must fail fast as well, not wait out the driver's retries.
      if (!up && /^\/(api|oruk)\//.test(request.url) && !request.url.startsWith('/api/health')) throw new GraphUnavailableError();
    });
    fastify.addHook('onError', async (_request, _reply, error) => {
      if (error instanceof GraphUnavailableError) availability.markDown();
    });
    fastify.addHook('onClose', async () => clearInterval(probe));
  },
  { name: 'graph-availability', dependencies: ['neo4j'] },
);
