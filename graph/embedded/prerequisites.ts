import { spawnSync } from 'node:child_process';

/** Thrown with one clear line when the embedded database cannot be started on this machine. */
export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

function runs(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return result.status === 0;
}

/** Java 17+ and Maven are needed to run our own Neo4j; otherwise say what to install, or to set NEO4J_URI. */
export function checkPrerequisites(): void {
  if (!runs('java', ['-version'])) {
    throw new EmbeddedNeo4jError(
      'Java was not found: install Java 17 or newer (e.g. apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  if (!runs('mvn', ['-v'])) {
    throw new EmbeddedNeo4jError(
      'Maven was not found: install Maven (e.g. apt-get install maven), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}
