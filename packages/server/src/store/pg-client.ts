import pg from 'pg';
import { PLAN_CACHE_MODE, statementNames } from './prepared-statements.js';
import type { SqlClient, SqlExecutor, SqlParam, SqlResult, SqlRow } from './sql-client.js';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/**
 * The scaled driver: a `pg` connection pool on a PostgreSQL server. Several instances may share one database. Data
 * statements are named, so each connection parses and plans a text once (`pg` prepares it on first use; see
 * {@link PLAN_CACHE_MODE}).
 */
export function openPgClient(databaseUrl: string, maxConnections = 10): SqlClient {
  const nameOf = statementNames();
  const run = async <R extends SqlRow>(db: Queryable, sql: string, params: readonly SqlParam[] = []): Promise<SqlResult<R>> => {
    const name = nameOf(sql);
    const result = await db.query<R>(name === undefined ? { text: sql, values: [...params] } : { name, text: sql, values: [...params] });
    return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  // Sent before the connection's first query (a startup option would be refused by a pooler such as PgBouncer). A
  // server without the setting (PostgreSQL before 12) refuses it and then plans as it always did.
  pool.on('connect', (connection) => void connection.query(`SET plan_cache_mode = ${PLAN_CACHE_MODE}`).catch(() => undefined));
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
