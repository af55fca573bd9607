import type { DeferredKind, WriteBuffer } from './deferred-writes.js';
import { json } from './rows.js';
import type { SqlExecutor } from './sql-client.js';
import type { CounterRepository } from './types.js';

interface CounterValue {
  readonly name: string;
  readonly value: number;
}

/** The values a transaction's counters reached, written back in one statement (the highest per name). */
const COUNTER_VALUES: DeferredKind<CounterValue> = {
  statements: (rows) => [{
    sql: `UPDATE counters c SET value = x.value
          FROM (SELECT name, max(value) AS value FROM jsonb_to_recordset($1::jsonb) AS r(name text, value bigint) GROUP BY name) x
          WHERE c.name = x.name RETURNING 1`,
    params: [json(rows)],
  }],
};

/**
 * Named running numbers on `db`: one atomic upsert per number, which locks the counter's row until commit. Inside a
 * transaction only a counter's first number is that upsert; the row is then the transaction's, so the later ones
 * are counted here and the last is written back with the transaction's other held-back rows.
 */
export function counterRepository(db: SqlExecutor, writes: WriteBuffer): CounterRepository {
  const held = new Map<string, number>();
  return {
    async next(name) {
      const last = held.get(name);
      if (last !== undefined) {
        held.set(name, last + 1);
        await writes.write(COUNTER_VALUES, [{ name, value: last + 1 }]);
        return last + 1;
      }
      const { rows } = await db.query(
        `INSERT INTO counters (name, value) VALUES ($1, 1)
         ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value`, [name]);
      const value = Number(rows[0]!.value);
      if (writes.deferred) held.set(name, value);
      return value;
    },
  };
}
