import { autoCommitQuery, readQuery, writeQuery, type GraphContext } from '../seam/index.ts';
import { migrations as defaultMigrations, type Migration } from './migrations.ts';

const APPLIED = 'MATCH (m:Migration) RETURN m.id AS id';
const RECORD = 'MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime()';
const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/** Applies the migrations not yet recorded, in order; returns the ids it applied. Safe to run on every start. */
export async function applyMigrations(ctx: GraphContext, migrations: Migration[] = defaultMigrations): Promise<string[]> {
  const applied = new Set((await readQuery<{ id: string }>(ctx, APPLIED)).map((row) => row.id));
  const ran: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    for (const statement of migration.statements) await autoCommitQuery(ctx, statement);
    await writeQuery(ctx, RECORD, { id: migration.id });
    ran.push(migration.id);
  }
  if (ran.length > 0) await autoCommitQuery(ctx, AWAIT_INDEXES);
  return ran;
}
