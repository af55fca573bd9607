import type { SqlExecutor } from './sql-client.js';
import type { CounterRepository } from './types.js';

/** Named running numbers on `db`: one atomic upsert per number. */
export function counterRepository(db: SqlExecutor): CounterRepository {
  return {
    async next(name) {
      const { rows } = await db.query(
        `INSERT INTO counters (name, value) VALUES ($1, 1)
         ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value`, [name]);
      return Number(rows[0]!.value);
    },
  };
}
