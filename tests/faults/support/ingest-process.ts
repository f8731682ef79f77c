import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../../helpers/server-process.ts';

export interface IngestProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `npm run ingest`'s entry point (ingest/cli.ts) as a real process against the given database. */
export function startIngest(args: string[], env: Record<string, string>): IngestProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => text, exited };
}
