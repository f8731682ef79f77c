import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** What must never reach a client: stack frames, our own file paths, secrets from the file system. */
const LEAKS: Array<[string, RegExp]> = [
  ['a stack frame', /\n\s*at [\w$.<>[\] ]*\(?[^\s()]*:\d+:\d+\)?/],
  ['a stack frame', /\bat (?:async )?[\w$.<>]+ \((?:file:\/\/)?\/[^)]+:\d+:\d+\)/],
  ['a source location', /[\w/-]+\.(?:ts|js|mjs|cjs|java):\d+(?::\d+)?/],
  ['the project path', new RegExp(ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))],
  ['node_modules', /node_modules/],
  ['the temporary directory', new RegExp(`${os.tmpdir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`)],
  ['/etc/passwd contents', /root:x?:0:0:/],
  ['a Neo4j error', /Neo\.(ClientError|DatabaseError|TransientError)\.|org\.neo4j\.|java\.lang\./],
  ['an environment secret', /SESSION_SECRET|NEO4J_PASSWORD=/],
];

/** The leaks found in one response body (none for a clean body). */
export function findLeaks(body: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
}
