import type { GraphContext } from '../../graph/seam/index.ts';
import { readSource } from '../readers/index.ts';
import type { SourceFormat } from '../readers/types.ts';
import { ingestOffers, type IngestOptions } from './ingest-offers.ts';
import type { IngestSummary } from './summary.ts';

export interface SourceRequest {
  /** A file, a folder or a URL. */
  input: string;
  format?: SourceFormat | undefined;
  authorityId: string;
  /** Recorded on every offer (default: `<authorityId>/<format>`). */
  source?: string | undefined;
}

/**
 * Reads one source and ingests it (see ingestOffers for the guarantees). Throws UnusableInputError, before
 * writing anything, when the input as a whole cannot be used.
 */
export async function ingestSource(ctx: GraphContext, request: SourceRequest, options: IngestOptions & { onRead?: (records: number) => void } = {}): Promise<IngestSummary> {
  const read = await readSource(request.input, {
    authorityId: request.authorityId,
    ...(request.format ? { format: request.format } : {}),
    ...(request.source ? { source: request.source } : {}),
  });
  options.onRead?.(read.offers.length + read.rejects.length);
  return ingestOffers(ctx, read, options);
}
