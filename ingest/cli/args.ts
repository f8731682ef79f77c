import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SOURCE_FORMATS, type SourceFormat } from '../readers/types.ts';

/** What the command line asked for. */
export type CliRequest =
  | { kind: 'source'; input: string; format?: SourceFormat; authorityId?: string; source?: string; common: CommonOptions }
  | { kind: 'manifest'; file?: string; common: CommonOptions }
  | { kind: 'help' };

export interface CommonOptions {
  allowRejects: boolean;
  rejectsReport?: string;
  batchSize?: number;
  retire: boolean;
}

/** The command line cannot be used as given; the message says why in one line. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage:
  npm run ingest -- <file|folder|url> [--format ${SOURCE_FORMATS.join('|')}] [--authority ID] [--source NAME]
                    [--allow-rejects] [--rejects-report FILE.csv] [--batch-size N] [--no-retire]
  npm run ingest -- --demo                 load the demo Local Offer (ingest/demo-data/manifest.json)
  npm run ingest -- --manifest FILE.json   load every source of a manifest (the generator writes one)
Exit codes: 0 everything landed; 1 some records were rejected (unless --allow-rejects) or not written; 2 unusable input.`;

/** Parses and checks the arguments; throws UsageError for anything unusable (before any database is started). */
export function parseCliArgs(argv: string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' }, authority: { type: 'string' }, source: { type: 'string' },
        'allow-rejects': { type: 'boolean', default: false }, 'rejects-report': { type: 'string' },
        'batch-size': { type: 'string' }, 'no-retire': { type: 'boolean', default: false },
        demo: { type: 'boolean', default: false }, manifest: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)) {
    throw new UsageError(`--batch-size must be a whole number from 1 to 10000 (got "${values['batch-size']}").`);
  }
  const common: CommonOptions = {
    allowRejects: values['allow-rejects'], retire: !values['no-retire'],
    ...(values['rejects-report'] ? { rejectsReport: values['rejects-report'] } : {}),
    ...(batchSize ? { batchSize } : {}),
  };
  if (values.demo || values.manifest) {
    if (positionals.length > 0) throw new UsageError('Give either a source or --demo/--manifest, not both.');
    if (values.manifest && !existsSync(values.manifest)) throw new UsageError(`No such manifest: ${values.manifest}`);
    return { kind: 'manifest', ...(values.manifest ? { file: values.manifest } : {}), common };
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `Give one source at a time (got ${positionals.length}).` : 'Say what to ingest: a file, a folder or a URL (npm run ingest -- --help).');
  const input = positionals[0] ?? '';
  const isUrl = /^https?:\/\//i.test(input);
  if (!isUrl && !existsSync(input)) throw new UsageError(`No such file or folder: ${input}`);
  const format = values.format;
  if (format !== undefined && !(SOURCE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format}": use one of ${SOURCE_FORMATS.join(', ')}.`);
  }
  if (values.authority !== undefined && !/^[a-z0-9][a-z0-9-]{0,99}$/.test(values.authority)) {
    throw new UsageError(`--authority must be a short id in lower case, such as "brackenshire" (got "${values.authority}").`);
  }
  return {
    kind: 'source', input, common,
    ...(format ? { format: format as SourceFormat } : {}),
    ...(values.authority ? { authorityId: values.authority } : {}),
    ...(values.source ? { source: values.source } : {}),
  };
}
