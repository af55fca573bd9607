import { MIGRATIONS, type Migration } from './migrations.js';
import type { SqlClient } from './sql-client.js';

/** Advisory-lock key of the migration run ("satupint" in ASCII), shared by every instance. */
const MIGRATION_LOCK = 0x7361747570696e74n.toString();

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in version order, all in one transaction that
 * first takes a PostgreSQL advisory lock: two instances starting together apply each migration exactly once (the
 * second waits, then finds them recorded). Returns the versions applied now.
 */
export async function migrate(client: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** The versions recorded in `schema_migrations`, ascending. */
export async function appliedMigrations(client: SqlClient): Promise<number[]> {
  const rows = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  return rows.rows.map((row) => Number(row.version));
}
