import { z } from 'zod';

export const HealthOk = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ name: z.string(), version: z.string(), edition: z.string() }),
  counts: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
});

export const HealthDown = z.object({ status: z.literal('unavailable'), reason: z.string() });

export const healthSchema = {
  summary: 'Is the service and its database up?',
  tags: ['health'],
  response: { 200: HealthOk, 503: HealthDown },
};
