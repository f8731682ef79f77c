import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { mapNeo4jError } from './errors.ts';
import { toNative } from './convert.ts';

/** What every graph function needs: one driver and the database to name on every session. */
export interface GraphContext {
  driver: Driver;
  database: string;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

function rows<T>(result: QueryResult): T[] {
  return result.records.map((record) => toNative(record.toObject()) as T);
}

/** Runs a read query in a read transaction (so a cluster can send it to a follower). */
export async function readQuery<T = Row>(ctx: GraphContext, cypher: string, params: Params = {}): Promise<T[]> {
  return inReadTransaction(ctx, async (tx) => rows<T>(await tx.run(cypher, params)));
}

/** Runs a write query: inside `tx` when given (so callers can batch), otherwise in its own write transaction. */
export async function writeQuery<T = Row>(
  ctx: GraphContext,
  cypher: string,
  params: Params = {},
  tx?: ManagedTransaction,
): Promise<T[]> {
  if (tx) return rows<T>(await tx.run(cypher, params));
  return inWriteTransaction(ctx, async (inner) => rows<T>(await inner.run(cypher, params)));
}

/** Runs `work` in one read transaction; the session is always closed. */
export async function inReadTransaction<T>(ctx: GraphContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(work);
  } catch (error) {
    throw mapNeo4jError(error);
  } finally {
    await session.close();
  }
}

/** Runs `work` in one write transaction: all of it lands or none of it does. */
export async function inWriteTransaction<T>(ctx: GraphContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work);
  } catch (error) {
    throw mapNeo4jError(error);
  } finally {
    await session.close();
  }
}

/** Auto-commit query: only for `CALL { } IN TRANSACTIONS` and schema commands, which refuse explicit transactions. */
export async function autoCommitQuery<T = Row>(ctx: GraphContext, cypher: string, params: Params = {}): Promise<T[]> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'WRITE' });
  try {
    return rows<T>(await session.run(cypher, params));
  } catch (error) {
    throw mapNeo4jError(error);
  } finally {
    await session.close();
  }
}
