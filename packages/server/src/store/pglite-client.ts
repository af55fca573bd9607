import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import type { SqlClient, SqlExecutor, SqlParam, SqlResult, SqlRow } from './sql-client.js';

const run = async <R extends SqlRow>(db: PGlite | Transaction, sql: string, params: readonly SqlParam[] = []): Promise<SqlResult<R>> => {
  const result = await db.query<R>(sql, [...params]);
  return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
};

/**
 * The embedded driver: PGlite (PostgreSQL compiled to WASM) persisted in `dataDir`. One connection, so PGlite
 * itself serialises transactions; a query outside a transaction waits for the running one. The directory is locked
 * to this process while open (see `lockDataDir`).
 */
export async function openPgliteClient(dataDir: string): Promise<SqlClient & { readonly db: PGlite }> {
  await mkdir(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    db,
    query: (sql, params) => run(db, sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) } satisfies SqlExecutor)),
    close: async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
