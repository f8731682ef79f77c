import { z } from 'zod';
import { SOURCE_FORMATS } from '../../../ingest/readers/index.ts';
import { ErrorReply } from '../auth/schema.ts';

const Id = z.string().trim().min(1).max(100).regex(/^[\w.-]+$/, 'must be an id such as brackenshire');

export const IngestBody = z.object({
  authorityId: Id,
  format: z.enum(SOURCE_FORMATS).optional(),
  /** A name for this source (default `<authority>/<format>`); offers missing from a later ingest of the same source are retired. */
  source: z.string().trim().min(1).max(200).regex(/^[\w./-]+$/, 'letters, digits, dots, dashes and slashes only').optional(),
  /** An ORUK v3 API base URL, or a file on the web. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).max(2000).optional(),
  /** Or the file itself: ORUK/Outpost JSON, a CSV spreadsheet, or one offer document. */
  content: z.string().min(1).max(5_000_000).optional(),
}).strict().refine((b) => (b.url === undefined) !== (b.content === undefined), { message: 'give either url or content', path: ['url'] })
  .refine((b) => b.content === undefined || b.format !== undefined, { message: 'say which format the content is in', path: ['format'] });

const Reject = z.object({ file: z.string(), record: z.string().optional(), line: z.number().optional(), field: z.string().optional(), reason: z.string() });

export const ingestSchema = {
  summary: 'Ingest offers from a feed or file (admins). Bad records are reported; good ones land.',
  tags: ['ingest'],
  body: IngestBody,
  response: {
    200: z.object({
      counts: z.object({ read: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), retired: z.number(), rejected: z.number() }),
      rejects: z.array(Reject),
      warnings: z.array(z.string()),
      seconds: z.number(),
    }),
    400: ErrorReply, 401: ErrorReply, 403: ErrorReply,
  },
};
