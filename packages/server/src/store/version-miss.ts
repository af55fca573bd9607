import type { SqlExecutor } from './sql-client.js';
import { StoreConflictError, StoreNotFoundError } from './types.js';

/**
 * After an `UPDATE … WHERE id = $1 AND version = $2` matched nothing: throws {@link StoreNotFoundError} when the row
 * does not exist, else {@link StoreConflictError} with the version it moved to. `table` is a fixed name, never input.
 */
export async function throwVersionMiss(db: SqlExecutor, table: string, entity: string, id: string, expectedVersion: number): Promise<never> {
  const { rows } = await db.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  if (!rows[0]) throw new StoreNotFoundError(entity, id);
  throw new StoreConflictError(entity, id, expectedVersion, Number(rows[0].version));
}
