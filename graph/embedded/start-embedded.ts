import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureLauncherBuilt } from './build-launcher.ts';
import { checkPrerequisites, EmbeddedNeo4jError } from './prerequisites.ts';

export interface EmbeddedOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  log: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after 30 s) and resolves once the Java process has exited. */
  stop(): Promise<void>;
}

/** Written beside the data while the database runs, so another process (the ingest CLI) uses it rather than starting a second one. */
export function runningFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'running.json');
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

/**
 * Starts Neo4j Community embedded (graph/neo4j-launcher) with Bolt on 127.0.0.1:port.
 * The Java process reads our stdin and exits when it closes, so it cannot outlive this process,
 * whatever way this process ends.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  checkPrerequisites();
  const classpath = await ensureLauncherBuilt(options.log);
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  options.log(`Starting the embedded Neo4j on bolt://127.0.0.1:${options.port} (data in ${dataDir})...`);
  const args = [`-Xmx${options.heap}`, `-Xms${options.heap}`, ...JVM_FLAGS, '-cp', classpath, 'uk.localoffer.neo4j.Launcher',
    '--port', String(options.port), '--data', dataDir, '--pagecache', options.pageCache];
  const java = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const uri = await waitForReady(java, options);
  writeFileSync(runningFile(dataDir), JSON.stringify({ uri, pid: process.pid, javaPid: java.pid }));
  const exited = new Promise<void>((resolve) => java.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: java.pid ?? -1,
    stop() {
      stopping ??= (async () => {
        rmSync(runningFile(dataDir), { force: true });
        if (java.exitCode === null && java.signalCode === null) {
          java.kill('SIGTERM');
          const killer = setTimeout(() => java.kill('SIGKILL'), 30_000);
          await exited;
          clearTimeout(killer);
        }
      })();
      return stopping;
    },
  };
}

function waitForReady(java: ChildProcess, options: EmbeddedOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    let recent: string[] = [];
    let stdout = '';
    let settled = false;
    const remember = (chunk: Buffer) => {
      recent = [...recent, ...chunk.toString().split('\n').filter(Boolean)].slice(-8);
    };
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(ticker);
      java.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(message));
    };
    const timer = setTimeout(() => fail(
      `Neo4j did not start within ${Math.round(options.startTimeoutMs / 1000)} s (port ${options.port}); last output: ${recent.join(' | ') || 'none'}`,
    ), options.startTimeoutMs);
    const ticker = setInterval(() => options.log('  ...waiting for Neo4j to start'), 10_000);
    java.stdout?.on('data', (chunk: Buffer) => {
      remember(chunk);
      stdout = (stdout + chunk.toString()).slice(-4096);
      const ready = /NEO4J_READY (\S+)/.exec(stdout);
      if (ready?.[1] && !settled) {
        settled = true;
        clearTimeout(timer);
        clearInterval(ticker);
        resolve(ready[1]);
      }
    });
    java.stderr?.on('data', remember);
    java.on('error', (error) => fail(`Java could not start: ${error.message}`));
    java.on('exit', (code) => fail(`Neo4j stopped while starting (exit ${code}); last output: ${recent.join(' | ') || 'none'}`));
  });
}
