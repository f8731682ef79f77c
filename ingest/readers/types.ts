import type { Offer } from '../../ontology/offer.ts';

/** The formats ingest understands. */
export const SOURCE_FORMATS = ['oruk-v3', 'oruk-v1', 'outpost', 'csv', 'documents'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** One record that could not be used: where it is and why, in words an LA officer can act on. */
export interface Reject {
  /** File path or URL. */
  file: string;
  /** The record's own id, when it has one. */
  record?: string;
  /** Line (CSV, documents) or index in a page (JSON), 1-based. */
  line?: number;
  field?: string;
  reason: string;
}

export interface ReadResult {
  offers: Offer[];
  rejects: Reject[];
  /** Problems that are not about one record (an unknown CSV column, a page that failed to parse). */
  warnings: string[];
  /**
   * True when part of the source could not be read (a file that did not parse, a page or record that could not be
   * fetched). Offers missing from a partial read were not removed from the source: a loader must not retire them.
   */
  partial?: boolean;
}

export interface ReadOptions {
  authorityId: string;
  /** The source name recorded on every offer (default: `<authorityId>/<format>`). */
  source?: string;
}

/** Thrown only when the input as a whole is unusable (no such file, not the format at all, unreachable URL). */
export class UnusableInputError extends Error {
  override name = 'UnusableInputError';
}
