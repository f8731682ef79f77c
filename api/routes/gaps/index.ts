import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildGapMatrix, type GapMatrix } from '../../../graph/gaps/gap-matrix.ts';
import { toCsv } from '../../export/csv.ts';
import { gapsSchema } from './schema.ts';

const gapRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/gaps', { schema: gapsSchema }, async (request, reply) => {
    const { rows, cols, by, area, authority, thin, format } = request.query;
    const matrix = await buildGapMatrix(fastify.graph, { rows, cols, by, area, authority, thinAtMost: thin });
    if (format === 'csv') {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="gaps-${rows}-by-${cols}${area ? `-${area}` : ''}.csv"`)
        .send(matrixToCsv(matrix));
    }
    return matrix;
  });
};

/** One line per cell: the counts, the level, and who commissions the provision in it. */
function matrixToCsv(matrix: GapMatrix): string {
  const label = new Map([...matrix.rows, ...matrix.cols].map((v) => [v.id, v.label]));
  return toCsv(
    ['row', 'column', 'live provision', 'level', 'commissioned by', 'provision'],
    matrix.cells.map((c) => [label.get(c.row), label.get(c.col), c.count, c.level, c.commissioners.join('; '), c.offers.map((o) => o.name).join('; ')]),
  );
}

export default gapRoutes;
