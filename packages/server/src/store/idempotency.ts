import type { JsonValue } from '@satupintu/core';
import { json, later } from './rows.js';
import type { SqlExecutor } from './sql-client.js';
import type { IdempotencyBegin, IdempotencyRepository } from './types.js';

interface KeyRow extends Record<string, unknown> {
  request_hash: string;
  state: 'in-flight' | 'done';
  response_status: number | null;
  response_body: JsonValue | null;
}

/**
 * How long a key stays in flight: a request that died (or still runs) that long after claiming it gives way to a
 * retry of the same request, so a crash never leaves a key answering 409 forever.
 */
export const DEFAULT_IDEMPOTENCY_LEASE_MS = 60_000;

/**
 * Idempotency keys on `db`. `begin` is one `INSERT … ON CONFLICT DO NOTHING`: of concurrent requests with one key
 * exactly one inserts (and gets `new`); the others take over a lapsed claim (one `UPDATE`, so one of them) or read
 * the row that won. A claim is known by its time (`created_at`), which fences `complete` and `abandon`.
 */
export function idempotencyRepository(db: SqlExecutor): IdempotencyRepository {
  return {
    async begin(accountId, key, requestHash, at, leaseMs = DEFAULT_IDEMPOTENCY_LEASE_MS): Promise<IdempotencyBegin> {
      // A row abandoned between the insert and the read is retried a few times, then reported as in flight.
      for (let attempt = 0; attempt < 5; attempt++) {
        const inserted = await db.query(
          `INSERT INTO idempotency_keys (account_id, key, request_hash, state, created_at) VALUES ($1, $2, $3, 'in-flight', $4)
           ON CONFLICT (account_id, key) DO NOTHING`, [accountId, key, requestHash, at]);
        if (inserted.rowCount === 1) return { kind: 'new' };
        const takenOver = await db.query(
          `UPDATE idempotency_keys SET created_at = $4
           WHERE account_id = $1 AND key = $2 AND request_hash = $3 AND state = 'in-flight' AND created_at <= $5`,
          [accountId, key, requestHash, at, later(at, -leaseMs)]);
        if (takenOver.rowCount === 1) return { kind: 'new' };
        const { rows } = await db.query<KeyRow>(
          'SELECT request_hash, state, response_status, response_body FROM idempotency_keys WHERE account_id = $1 AND key = $2', [accountId, key]);
        const row = rows[0];
        if (!row) continue; // abandoned in between: try to take it again
        if (row.request_hash !== requestHash) return { kind: 'mismatch' };
        if (row.state === 'in-flight') return { kind: 'in-flight' };
        return { kind: 'done', response: { status: Number(row.response_status), body: row.response_body } };
      }
      return { kind: 'in-flight' };
    },
    async complete(accountId, key, response, at, claimedAt) {
      const { rowCount } = await db.query(
        `UPDATE idempotency_keys SET state = 'done', response_status = $3, response_body = $4::jsonb, completed_at = $5
         WHERE account_id = $1 AND key = $2 AND state = 'in-flight' AND ($6::timestamptz IS NULL OR created_at = $6)`,
        [accountId, key, response.status, json(response.body), at, claimedAt ?? null]);
      return rowCount === 1;
    },
    async abandon(accountId, key, claimedAt) {
      await db.query(
        `DELETE FROM idempotency_keys WHERE account_id = $1 AND key = $2 AND state = 'in-flight' AND ($3::timestamptz IS NULL OR created_at = $3)`,
        [accountId, key, claimedAt ?? null]);
    },
    async deleteOlderThan(before) {
      return (await db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [before])).rowCount;
    },
  };
}
