import { z } from 'zod';
import { DIMENSION_NAMES } from '../../../graph/gaps/dimensions.ts';

const Id = z.string().trim().min(1).max(100).regex(/^[\w:.-]+$/, 'must be an id such as ashcombe or need:autism');

export const GapsQuery = z.object({
  rows: z.enum(DIMENSION_NAMES).default('need'),
  cols: z.enum(DIMENSION_NAMES).default('ageBand'),
  by: z.enum(['accessRoute', 'category']).optional(),
  area: Id.optional(),
  authority: Id.optional(),
  thin: z.coerce.number().int().min(0).max(50).default(2),
  format: z.enum(['json', 'csv']).default('json'),
}).refine((q) => q.rows !== q.cols, { message: 'rows and cols must be different', path: ['cols'] });

const Offer = z.object({ id: z.string(), name: z.string(), kind: z.string(), commissioners: z.array(z.string()) });

export const GapMatrixReply = z.object({
  rows: z.array(z.object({ id: z.string(), label: z.string() })),
  cols: z.array(z.object({ id: z.string(), label: z.string() })),
  cells: z.array(z.object({
    row: z.string(),
    col: z.string(),
    count: z.number().int(),
    level: z.enum(['none', 'thin', 'covered']),
    offers: z.array(Offer),
    commissioners: z.array(z.string()),
    breakdown: z.record(z.string(), z.number()).optional(),
  })),
  thinAtMost: z.number().int(),
  totals: z.object({ offers: z.number().int(), none: z.number().int(), thin: z.number().int() }),
});

export const gapsSchema = {
  summary: 'Where provision is missing: live provision counted by need × age band (or other axes), zero and thin cells marked; ?format=csv exports it',
  tags: ['commissioning'],
  querystring: GapsQuery,
  response: { 200: z.union([GapMatrixReply, z.string()]) },
};
