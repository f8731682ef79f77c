import fp from 'fastify-plugin';
import { createDriver, type GraphContext, type Neo4jConnection } from '../../../graph/seam/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    graph: GraphContext;
  }
}

export interface Neo4jPluginOptions {
  connection: Neo4jConnection;
  database: string;
}

/** One driver for the whole app, shared through `fastify.graph`, closed when the app closes. */
export default fp<Neo4jPluginOptions>(
  async (fastify, options) => {
    const driver = createDriver(options.connection);
    fastify.decorate('graph', { driver, database: options.database });
    fastify.addHook('onClose', async () => {
      await driver.close();
    });
  },
  { name: 'neo4j' },
);
