import { existsSync, readFileSync } from 'node:fs';
import { createDriver } from '../seam/driver.ts';
import { runningFile, startEmbeddedNeo4j, type EmbeddedOptions } from './start-embedded.ts';

export interface ConnectOptions extends EmbeddedOptions {
  /** When set, an existing Neo4j is used (self-hosted, Aura, cluster) and none is started. */
  uri?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
}

export interface Neo4jHandle {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  /** external: NEO4J_URI; attached: the database another process of ours runs on the same data; embedded: we started it. */
  mode: 'external' | 'attached' | 'embedded';
  /** Stops the database if we started it; otherwise does nothing. */
  stop(): Promise<void>;
}

/**
 * Decides which Neo4j to use: NEO4J_URI if set; else the embedded one already running on the same data
 * directory (never a second Neo4j on the same files); else starts our own.
 */
export async function connectToNeo4j(options: ConnectOptions): Promise<Neo4jHandle> {
  const nothing = async () => {};
  if (options.uri) return { uri: options.uri, user: options.user, password: options.password, mode: 'external', stop: nothing };
  const running = await findRunning(options.dataDir);
  if (running) {
    options.log(`Using the Neo4j already running on this data (${running}).`);
    return { uri: running, mode: 'attached', stop: nothing };
  }
  const embedded = await startEmbeddedNeo4j(options);
  return { uri: embedded.uri, mode: 'embedded', stop: () => embedded.stop() };
}

async function findRunning(dataDir: string): Promise<string | undefined> {
  const file = runningFile(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const { uri, javaPid } = JSON.parse(readFileSync(file, 'utf8')) as { uri: string; javaPid: number };
    process.kill(javaPid, 0); // throws if that process is gone
    const driver = createDriver({ uri });
    try {
      await driver.verifyConnectivity();
      return uri;
    } finally {
      await driver.close();
    }
  } catch {
    return undefined;
  }
}
