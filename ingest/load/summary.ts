import type { Reject } from '../readers/types.ts';

/** What one ingest did. `read` = created + updated + unchanged + rejected; `retired` counts offers gone from their source. */
export interface IngestCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
  rejected: number;
}

export interface IngestSummary {
  counts: IngestCounts;
  rejects: Reject[];
  /** Problems not about one record: unknown columns, areas or needs the ontology could not place. */
  warnings: string[];
  /** Sources covered by this ingest (their vanished offers were retired). */
  sources: string[];
  seconds: number;
  recordsPerSecond: number;
  /** The graph version after this ingest (unchanged when nothing changed). */
  graphVersion: number;
}

export const emptyCounts = (): IngestCounts => ({ read: 0, created: 0, updated: 0, unchanged: 0, retired: 0, rejected: 0 });

export function addCounts(into: IngestCounts, add: Partial<IngestCounts>): IngestCounts {
  for (const key of Object.keys(into) as Array<keyof IngestCounts>) into[key] += add[key] ?? 0;
  return into;
}

/** One progress tick: records done of total (loading happens batch by batch). */
export interface IngestProgress {
  done: number;
  total: number;
  counts: IngestCounts;
}
