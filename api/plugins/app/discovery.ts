import fp from 'fastify-plugin';
import { onIngested } from '../../../graph/offers/index.ts';
import { createDiscoveryService, type DiscoveryService } from '../../../graph/discovery/service.ts';
import { createTurnQueue } from '../../scheduling/turn-queue.ts';

declare module 'fastify' {
  interface FastifyInstance {
    discovery: DiscoveryService;
  }
}

/**
 * The discovery engine, shared through `fastify.discovery`: its graph snapshot is built when the app
 * is ready, rebuilt after every ingest in this process (onIngested) and, for ingests by the CLI in
 * another process, when the graph version changes (polled every few seconds).
 */
export default fp(
  async (fastify) => {
    // Answers from the snapshot are CPU work: taken in arrival order, one per turn of the event loop.
    const cpu = createTurnQueue();
    const service = createDiscoveryService(fastify.graph, { log: (message) => fastify.log.info(message), runCpu: (work) => cpu.run(work) });
    fastify.decorate('discovery', service);
    fastify.addHook('onReady', async () => {
      service.start(onIngested);
    });
    fastify.addHook('onClose', async () => {
      service.close();
    });
  },
  { name: 'discovery', dependencies: ['neo4j'] },
);
