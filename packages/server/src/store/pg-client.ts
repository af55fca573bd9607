import pg from 'pg';
import type { SqlClient, SqlExecutor, SqlParam, SqlResult, SqlRow } from './sql-client.js';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

const run = async <R extends SqlRow>(db: Queryable, sql: string, params: readonly SqlParam[] = []): Promise<SqlResult<R>> => {
  const result = await db.query<R>(sql, [...params]);
  return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
};

/** The scaled driver: a `pg` connection pool on a PostgreSQL server. Several instances may share one database. */
export function openPgClient(databaseUrl: string, maxConnections = 10): SqlClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const connection = await pool.connect();
      let broken = false;
      // A checked-out connection that the server drops between two queries (a database restart) emits 'error'; the
      // pool listens only on idle ones, so unheard it would end the process. Its next query fails instead.
      const dropped = (): void => { broken = true; };
      connection.on('error', dropped);
      try {
        await connection.query('BEGIN');
        const result = await fn({ query: (sql, params) => run(connection, sql, params) } satisfies SqlExecutor);
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is discarded rather than returned to the pool.
        await connection.query('ROLLBACK').catch(() => { broken = true; });
        throw error;
      } finally {
        connection.off('error', dropped);
        connection.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
