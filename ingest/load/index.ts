export { ingestOffers, IngestBatchError, DEFAULT_BATCH_SIZE, type IngestOptions } from './ingest-offers.ts';
export { ingestSource, type SourceRequest } from './ingest-source.ts';
export { loadBatch, loadRows, type BatchCounts } from './load-batch.ts';
export { emptyCounts, addCounts, type IngestCounts, type IngestSummary, type IngestProgress } from './summary.ts';
