import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor, SqlParam, SqlResult, SqlRow } from './sql-client.js';

const run = async <R extends SqlRow>(db: PGlite | Transaction, sql: string, params: readonly SqlParam[] = []): Promise<SqlResult<R>> => {
  const result = await db.query<R>(sql, [...params]);
  return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
};

/**
 * The embedded driver: PGlite (PostgreSQL compiled to WASM) persisted in `dataDir`. One connection, so PGlite
 * itself serialises transactions; a query outside a transaction waits for the running one.
 */
export async function openPgliteClient(dataDir: string): Promise<SqlClient & { readonly db: PGlite }> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    db,
    query: (sql, params) => run(db, sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) } satisfies SqlExecutor)),
    close: () => db.close(),
  };
}
