import path from 'node:path';
import { ConfigError } from '../../api/config.ts';
import { EmbeddedNeo4jError } from '../../graph/embedded/index.ts';
import { createOfferRepository } from '../../graph/offers/index.ts';
import { isDomainError } from '../../graph/seam/index.ts';
import { DEMO_MANIFEST } from '../demo/load-demo.ts';
import { loadManifest } from '../demo/load-manifest.ts';
import { readManifest } from '../demo/manifest.ts';
import { IngestBatchError, ingestOffers } from '../load/index.ts';
import type { IngestSummary } from '../load/summary.ts';
import { readSource, UnusableInputError } from '../readers/index.ts';
import type { ReadResult } from '../readers/types.ts';
import { parseCliArgs, USAGE, UsageError, type CliRequest, type CommonOptions } from './args.ts';
import { openDatabase, type CliDatabase } from './database.ts';
import { createProgressReporter } from './progress.ts';
import { formatRejects, formatSummary, writeRejectsCsv } from './report.ts';

export const EXIT = { ok: 0, rejected: 1, unusable: 2 } as const;

interface Io { out: (line: string) => void; err: (line: string) => void }

/** Runs `npm run ingest`; resolves with the exit code. Never throws. */
export async function runCli(argv: string[], io: Io, onDatabase?: (db: CliDatabase) => void): Promise<number> {
  let request: CliRequest;
  try {
    request = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) { io.err(error.message); return EXIT.unusable; }
    throw error;
  }
  if (request.kind === 'help') { io.out(USAGE); return EXIT.ok; }
  let db: CliDatabase | undefined;
  try {
    // Read (or check the manifest) before starting any database, so unusable input fails fast.
    const manifestFile = request.kind === 'manifest' ? request.file ?? DEMO_MANIFEST : undefined;
    if (manifestFile) readManifest(manifestFile);
    const read = request.kind === 'source' ? await readInput(request, io) : undefined;
    db = await openDatabase((line) => io.err(line));
    onDatabase?.(db);
    const summary = manifestFile ? await runManifest(db, manifestFile, request.common, io) : await runSource(db, request as Extract<CliRequest, { kind: 'source' }>, read!);
    return report(summary, request.common, io);
  } catch (error) {
    return failure(error, io);
  } finally {
    await db?.close();
  }
}

async function readInput(request: Extract<CliRequest, { kind: 'source' }>, io: Io): Promise<ReadResult & { authorityId: string }> {
  const authorityId = request.authorityId ?? demoAuthorityOf(request.input);
  if (!authorityId) throw new UsageError('Say which local authority these offers belong to: --authority <id> (for example --authority brackenshire).');
  io.err(`Reading ${request.input}...`);
  const started = Date.now();
  const read = await readSource(request.input, { authorityId, ...(request.format ? { format: request.format } : {}), ...(request.source ? { source: request.source } : {}) });
  io.err(`Read ${read.offers.length + read.rejects.length} records (${read.rejects.length} rejected) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { ...read, authorityId };
}

/** A path inside ingest/demo-data/<authority>/ belongs to that demo authority. */
function demoAuthorityOf(input: string): string | undefined {
  const relative = path.relative(path.dirname(DEMO_MANIFEST), path.resolve(input));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const first = relative.split(path.sep)[0];
  return readManifest(DEMO_MANIFEST).authorities.find((a) => a.id === first)?.id;
}

async function runSource(db: CliDatabase, request: Extract<CliRequest, { kind: 'source' }>, read: ReadResult & { authorityId: string }): Promise<IngestSummary> {
  const known = readManifest(DEMO_MANIFEST).authorities.find((a) => a.id === read.authorityId);
  if (known) {
    await createOfferRepository(db.ctx).upsertAuthority({ id: known.id, name: known.name, fictional: known.fictional, areas: known.areas }, 'manifest.json', new Date().toISOString());
  }
  const progress = createProgressReporter();
  const label = request.source ?? read.offers[0]?.source ?? request.input;
  progress.start(label, read.offers.length);
  try {
    return await ingestOffers(db.ctx, read, {
      retire: request.common.retire, onProgress: (p) => progress.update(p),
      ...(request.common.batchSize ? { batchSize: request.common.batchSize } : {}),
    });
  } finally {
    progress.stop();
  }
}

async function runManifest(db: CliDatabase, file: string, common: CommonOptions, io: Io): Promise<IngestSummary> {
  const progress = createProgressReporter();
  try {
    const summary = await loadManifest(db.ctx, file, {
      log: (line) => { progress.stop(); io.out(line); },
      onSource: (source, records) => progress.start(source, records),
      onProgress: (p) => progress.update(p),
      ...(common.batchSize ? { batchSize: common.batchSize } : {}),
    });
    return summary;
  } finally {
    progress.stop();
  }
}

function report(summary: IngestSummary, common: CommonOptions, io: Io): number {
  io.out(formatSummary(summary.sources.join(', ') || 'nothing read', summary));
  for (const warning of summary.warnings) io.out(`Warning: ${warning}`);
  io.out(formatRejects(summary.rejects));
  if (common.rejectsReport) {
    writeRejectsCsv(common.rejectsReport, summary.rejects);
    io.out(`Rejects report written to ${common.rejectsReport}.`);
  }
  return summary.counts.rejected > 0 && !common.allowRejects ? EXIT.rejected : EXIT.ok;
}

function failure(error: unknown, io: Io): number {
  if (error instanceof UsageError || error instanceof UnusableInputError || error instanceof ConfigError) {
    io.err(error.message);
    return EXIT.unusable;
  }
  if (error instanceof IngestBatchError) {
    io.out(formatSummary(error.summary.sources.join(', '), error.summary));
    io.err(error.message);
    return EXIT.rejected;
  }
  if (error instanceof EmbeddedNeo4jError || isDomainError(error)) {
    io.err(`The database could not be used: ${error.message}`);
    return EXIT.rejected;
  }
  if (error instanceof Error && /not a valid manifest|JSON/.test(error.message)) {
    io.err(error.message);
    return EXIT.unusable;
  }
  io.err(`Ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.rejected;
}
