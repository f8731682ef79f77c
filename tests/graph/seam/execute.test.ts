import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphConstraintError, inWriteTransaction, readQuery, writeQuery, type GraphContext } from '../../../graph/seam/index.ts';
import { testGraph } from '../../helpers/graph.ts';

describe('the execution seam, on the real Neo4j', () => {
  let ctx: GraphContext;
  const id = `seam-test-${Date.now()}`;

  beforeAll(() => { ctx = testGraph(); });
  afterAll(async () => {
    await writeQuery(ctx, 'MATCH (o:Organisation) WHERE o.id STARTS WITH $id DETACH DELETE o', { id });
    await ctx.driver.close();
  });

  it('writes a node and reads it back, with Neo4j integers as plain numbers', async () => {
    await writeQuery(ctx, 'CREATE (o:Organisation {id: $id, name: $name, staff: 42})', { id, name: 'Seam Test Trust' });
    const rows = await readQuery<{ name: string; staff: number; o: { id: string } }>(
      ctx, 'MATCH (o:Organisation {id: $id}) RETURN o.name AS name, o.staff AS staff, o', { id });
    expect(rows).toEqual([{ name: 'Seam Test Trust', staff: 42, o: { id, name: 'Seam Test Trust', staff: 42 } }]);
    expect(typeof rows[0]?.staff).toBe('number');
  });

  it('turns a uniqueness constraint violation into our own error class', async () => {
    await expect(writeQuery(ctx, 'CREATE (o:Organisation {id: $id})', { id })).rejects.toBeInstanceOf(GraphConstraintError);
  });

  it('rolls back the whole transaction when one statement fails', async () => {
    const other = `${id}-rollback`;
    await expect(inWriteTransaction(ctx, async (tx) => {
      await tx.run('CREATE (o:Organisation {id: $other})', { other });
      await tx.run('CREATE (o:Organisation {id: $id})', { id }); // duplicate: fails
    })).rejects.toBeInstanceOf(GraphConstraintError);
    const rows = await readQuery(ctx, 'MATCH (o:Organisation {id: $other}) RETURN o', { other });
    expect(rows).toHaveLength(0);
  });
});
