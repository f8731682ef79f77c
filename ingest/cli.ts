import { runCli } from './cli/run.ts';
import type { CliDatabase } from './cli/database.ts';

/**
 * `npm run ingest -- <file|folder|url> [--format ...] [--authority ...] [--source ...] [--allow-rejects]
 * [--rejects-report FILE]`, or `--demo`, or `--manifest FILE`. See cli/args.ts for the options and exit codes.
 */
let db: CliDatabase | undefined;
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`Stopping (${signal}); batches already committed stay, the current one is rolled back.\n`);
  void (db?.close() ?? Promise.resolve()).finally(() => process.exit(130));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}, (opened) => { db = opened; });
process.exit(code);
