import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedNeo4jError } from './prerequisites.ts';

export const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../neo4j-launcher');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target/classpath.txt');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target/classes');
const SOURCE = path.join(LAUNCHER_DIR, 'src/main/java/uk/localoffer/neo4j/Launcher.java');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(path.join(CLASSES_DIR, 'uk/localoffer/neo4j/Launcher.class'))) return false;
  const builtAt = statSync(CLASSPATH_FILE).mtimeMs;
  return statSync(POM).mtimeMs <= builtAt && statSync(SOURCE).mtimeMs <= builtAt;
}

/**
 * Compiles the launcher and resolves Neo4j's classpath with Maven, once. The first run downloads
 * Neo4j's jars from Maven Central (about 150 MB), so progress goes to `log`.
 */
export async function ensureLauncherBuilt(log: (line: string) => void): Promise<string> {
  if (!isBuilt()) {
    log('Preparing the embedded Neo4j with Maven (the first run downloads it from Maven Central; this can take a few minutes)...');
    await runMaven(log);
    const now = new Date();
    utimesSync(CLASSPATH_FILE, now, now); // Maven leaves an unchanged classpath file's date alone
  }
  const dependencies = readFileSync(CLASSPATH_FILE, 'utf8').trim();
  return [CLASSES_DIR, dependencies].join(path.delimiter);
}

function runMaven(log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['-B', '-q', '-f', POM, 'package', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`];
    const maven = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => { output += chunk.toString(); };
    maven.stdout.on('data', collect);
    maven.stderr.on('data', collect);
    const ticker = setInterval(() => log('  ...still preparing Neo4j with Maven'), 15_000);
    maven.on('error', (error) => { clearInterval(ticker); reject(new EmbeddedNeo4jError(`Maven could not run: ${error.message}`)); });
    maven.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) return resolve();
      const errors = output.split('\n').filter((line) => line.includes('[ERROR]')).slice(0, 4);
      const lastLines = (errors.length ? errors : output.trim().split('\n').slice(-5)).join(' | ');
      reject(new EmbeddedNeo4jError(`Maven could not build the Neo4j launcher (exit ${code}): ${lastLines}`));
    });
  });
}
