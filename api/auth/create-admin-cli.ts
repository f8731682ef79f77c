import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config.ts';
import { connectToNeo4j } from '../../graph/embedded/index.ts';
import { createDriver } from '../../graph/seam/index.ts';
import { applyMigrations } from '../../graph/schema/apply-migrations.ts';
import { createUserRepository } from '../../graph/users/user-repository.ts';
import { hashPassword } from './password.ts';

/**
 * `npm run create-admin -- --email you@council.example --name "Your Name"`: creates the first admin account.
 * The password comes from ADMIN_PASSWORD or is asked for. Uses the running app's database if it is up.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run create-admin -- --email you@council.example --name "Your Name"');
    return 2;
  }
  const role = values.role === 'reviewer' || values.role === 'provider' ? values.role : 'admin';
  const password = process.env.ADMIN_PASSWORD ?? (await ask('Password (12 characters or more): '));
  if (password.length < 12) {
    console.error('The password must be at least 12 characters.');
    return 2;
  }
  const config = loadConfig();
  const neo4j = await connectToNeo4j({
    uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, port: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR, heap: config.NEO4J_HEAP, pageCache: config.NEO4J_PAGECACHE,
    startTimeoutMs: config.NEO4J_START_TIMEOUT_SECONDS * 1000, log: (line) => console.log(line),
  });
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    const ctx = { driver, database: config.NEO4J_DATABASE };
    await applyMigrations(ctx);
    const user = await createUserRepository(ctx).create({ email: values.email, name: values.name, role, organisationIds: [], passwordHash: await hashPassword(password) });
    if (!user) {
      console.error(`An account with the email ${values.email} already exists.`);
      return 1;
    }
    console.log(`Created ${role} account for ${user.email}.`);
    return 0;
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

process.exitCode = await main();
