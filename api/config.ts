import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1 to 65535').max(65535, 'must be 1 to 65535');
const memory = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');

/** Every setting the app reads from the environment, validated once at start. */
export const ConfigSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.string().regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/, 'must look like bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io').optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name').default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('./data/neo4j'),
  NEO4J_HEAP: memory.default('1g'),
  NEO4J_PAGECACHE: memory.default('512m'),
  NEO4J_START_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(180),
  LOAD_DEMO_DATA: flag.default(true),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type Config = z.infer<typeof ConfigSchema> & { SESSION_SECRET: string };

/** Thrown with a message naming each bad variable and what is wrong with it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message} (got "${String(present[String(issue.path[0])] ?? '')}")`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  // Without a configured secret, sign-ins last until the app restarts.
  return { ...parsed.data, SESSION_SECRET: parsed.data.SESSION_SECRET ?? randomBytes(32).toString('hex') };
}
