import { z } from 'zod';
import { ErrorReply, Kind } from '../discover/schema.ts';
import { NodeId } from '../nodes/schema.ts';

export const PathQuery = z.object({ from: NodeId, to: NodeId });

export const PathReply = z.object({
  found: z.boolean(),
  nodes: z.array(z.object({ id: z.string(), kind: Kind, kindLabel: z.string(), name: z.string() })),
  steps: z.array(z.object({ from: z.string(), to: z.string(), type: z.string(), label: z.string(), sentence: z.string() })),
  /** The steps as plain-English sentences, in order. */
  explanation: z.array(z.string()),
});

export const pathSchema = {
  summary: 'How two things connect: the shortest path between them (at most 6 steps), said in plain English',
  tags: ['discovery'],
  querystring: PathQuery,
  response: { 200: PathReply, 400: ErrorReply, 404: ErrorReply, 503: ErrorReply },
};
