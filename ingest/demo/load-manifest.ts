import path from 'node:path';
import type { GraphContext } from '../../graph/seam/index.ts';
import { createOfferRepository, notifyIngested } from '../../graph/offers/index.ts';
import { ingestOffers } from '../load/ingest-offers.ts';
import { readSource } from '../readers/index.ts';
import { addCounts, emptyCounts, type IngestProgress, type IngestSummary } from '../load/summary.ts';
import { readManifest } from './manifest.ts';

export interface ManifestLoadOptions {
  log?: (line: string) => void;
  /** A source is about to load (its records have been read). */
  onSource?: (source: string, records: number) => void;
  onProgress?: (progress: IngestProgress) => void;
  batchSize?: number;
}

/** The whole load, and each source's own summary. */
export interface ManifestSummary extends IngestSummary {
  bySource: Array<{ source: string; summary: IngestSummary }>;
}

/**
 * Loads every authority of a manifest: its Authority and Area nodes, then each source (read, enriched, loaded;
 * source name = its path in the manifest, e.g. "brackenshire/oruk-v3"). Idempotent, like ingestOffers;
 * after-ingest listeners are told once, at the end. A source that cannot be read at all stops the load.
 */
export async function loadManifest(ctx: GraphContext, manifestFile: string, options: ManifestLoadOptions = {}): Promise<ManifestSummary> {
  const started = Date.now();
  const manifest = readManifest(manifestFile);
  const dir = path.dirname(path.resolve(manifestFile));
  const repo = createOfferRepository(ctx);
  const now = new Date().toISOString();
  const counts = emptyCounts();
  const bySource: ManifestSummary['bySource'] = [];
  for (const authority of manifest.authorities) {
    await repo.upsertAuthority({ id: authority.id, name: authority.name, fictional: authority.fictional, areas: authority.areas }, path.basename(manifestFile), now);
  }
  const tasks = manifest.authorities.flatMap((authority) => authority.sources.map((entry) => ({ authority, entry, source: entry.path.split(path.sep).join('/') })));
  // The next source is read while this one loads (reading is mostly waiting on files); sources still load in order.
  const readTask = (task: (typeof tasks)[number]) => readSource(path.join(dir, task.entry.path), { format: task.entry.format, authorityId: task.authority.id, source: task.source })
    .then((read) => ({ read }), (error: unknown) => ({ error }));
  let reading = tasks[0] ? readTask(tasks[0]) : undefined;
  for (const [i, { authority, source }] of tasks.entries()) {
    const outcome = await reading!;
    reading = tasks[i + 1] ? readTask(tasks[i + 1]!) : undefined;
    if ('error' in outcome) {
      await reading; // let the prefetch finish before the error ends the load
      throw outcome.error;
    }
    options.onSource?.(source, outcome.read.offers.length + outcome.read.rejects.length);
    const summary = await ingestOffers(ctx, outcome.read, {
      notify: false,
      authority: { name: authority.name, areas: authority.areas },
      sources: [source],
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    addCounts(counts, summary.counts);
    bySource.push({ source, summary });
    const c = summary.counts;
    options.log?.(`${source}: ${c.read} read, ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.retired} retired, ${c.rejected} rejected (${Math.round(summary.recordsPerSecond)} records/s)`);
  }
  let graphVersion = await repo.readVersion();
  const sources = bySource.map((s) => s.source);
  if (counts.created + counts.updated + counts.retired > 0) {
    graphVersion = await repo.bumpVersion();
    await notifyIngested({ sources, authorityIds: manifest.authorities.map((a) => a.id), created: counts.created, updated: counts.updated, retired: counts.retired, graphVersion });
  }
  const seconds = (Date.now() - started) / 1000;
  return {
    counts, sources, seconds, graphVersion, bySource,
    recordsPerSecond: seconds > 0 ? counts.read / seconds : 0,
    rejects: bySource.flatMap((s) => s.summary.rejects),
    warnings: bySource.flatMap((s) => s.summary.warnings.map((w) => `${s.source}: ${w}`)),
  };
}
