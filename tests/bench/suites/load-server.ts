import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../helpers/free-port.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ServerUnderLoad {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real server (`npm start`'s api/server.ts) as its own process on an existing database, as in production:
 * the load generator then does not share its event loop. Resolves once it says the database is ready.
 */
export async function startServerUnderLoad(uri: string, log: (line: string) => void): Promise<ServerUnderLoad> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', LOAD_DEMO_DATA: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  while (!/The database is ready/.test(output)) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output.slice(-1000)}`);
    if (Date.now() - started > 180_000) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready in 180 s: ${output.slice(-1000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  log(`load: server pid ${child.pid} on port ${port}`);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
