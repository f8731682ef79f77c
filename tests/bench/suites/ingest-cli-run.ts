import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PRELOAD = fileURLToPath(new URL('./ingest-peak-memory.ts', import.meta.url));

export interface CliRun {
  seconds: number;
  /** Peak resident memory of the ingest process, in bytes. */
  peakRss: number;
  code: number | null;
  output: string;
}

/** Runs `npm run ingest -- <args>` as its own process against `uri`, timing it and taking its peak memory. */
export function runIngestCli(args: string[], uri: string, log: (line: string) => void): Promise<CliRun> {
  const rssFile = path.join(os.tmpdir(), `log-bench-rss-${process.pid}-${Date.now()}`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', PRELOAD, 'ingest/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, BENCH_PEAK_RSS_FILE: rssFile, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let lastLog = 0;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(`  ${output.trim().split('\n').at(-1)?.slice(0, 160) ?? ''}`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peakRss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
      rmSync(rssFile, { force: true });
      resolve({ seconds, peakRss, code, output });
    });
  });
}
