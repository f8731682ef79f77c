import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotFoundError } from '../../../graph/seam/index.ts';
import { pathSchema } from './schema.ts';

/** GET /api/path?from=&to=: how two nodes connect, as steps. */
const pathRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/path', { schema: pathSchema }, async (request) => {
    const { from, to } = request.query;
    const { missing, path } = await fastify.discovery.path(from, to);
    if (missing.length > 0) throw new NotFoundError(`There is nothing with the id ${missing.map((id) => `"${id}"`).join(' or ')}.`);
    if (!path) return { found: false, nodes: [], steps: [], explanation: [`These two are not connected within 6 steps.`] };
    return { found: true, nodes: path.nodes, steps: path.steps, explanation: path.steps.map((s) => s.sentence) };
  });
};

export default pathRoutes;
