import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../graph/schema/apply-migrations.ts';
import { migrations } from '../../../graph/schema/migrations.ts';
import { readQuery, writeQuery, type GraphContext } from '../../../graph/seam/index.ts';
import { testGraph } from '../../helpers/graph.ts';

describe('schema migrations', () => {
  let ctx: GraphContext;
  beforeAll(() => { ctx = testGraph(); });
  afterAll(async () => {
    await writeQuery(ctx, "MATCH (m:Migration) WHERE m.id STARTS WITH 'test-' DETACH DELETE m");
    await writeQuery(ctx, 'DROP INDEX test_migration_index IF EXISTS');
    await ctx.driver.close();
  });

  it('has recorded every migration the start-up applied, and applying again runs none', async () => {
    const recorded = (await readQuery<{ id: string }>(ctx, 'MATCH (m:Migration) RETURN m.id AS id')).map((r) => r.id);
    expect(recorded).toEqual(expect.arrayContaining(migrations.map((m) => m.id)));
    expect(await applyMigrations(ctx)).toEqual([]);
  });

  it('runs a new migration once and records it', async () => {
    const extra = [...migrations, { id: 'test-extra', statements: ['CREATE INDEX test_migration_index IF NOT EXISTS FOR (n:TestMigration) ON (n.x)'] }];
    expect(await applyMigrations(ctx, extra)).toEqual(['test-extra']);
    expect(await applyMigrations(ctx, extra)).toEqual([]);
    const indexes = await readQuery(ctx, "SHOW INDEXES YIELD name WHERE name = 'test_migration_index' RETURN name");
    expect(indexes).toHaveLength(1);
  });

  it('creates the uniqueness constraints the model relies on', async () => {
    const names = (await readQuery<{ name: string }>(ctx, 'SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['offer_id_unique', 'concept_id_unique', 'user_id_unique']));
  });
});
