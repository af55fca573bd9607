import type { JsonValue } from '@satupintu/core';
import type { BatchedRead, ReadBatcher } from './batched-reads.js';
import { flushingFirst, type DeferredKind, type WriteBuffer } from './deferred-writes.js';
import { json, later } from './rows.js';
import type { SqlExecutor } from './sql-client.js';
import { IdempotencyClaimLostError, type IdempotencyBegin, type IdempotencyRepository } from './types.js';

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

interface CompletedRow {
  readonly account_id: string;
  readonly key: string;
  readonly status: number;
  readonly body: JsonValue;
  readonly at: string;
  readonly claimed_at: string | null;
}

/**
 * Answers recorded under their keys, any number in one statement; each only while its claim holds the key (fenced
 * by the claim's time). One that no longer does fails the whole batch: {@link IdempotencyClaimLostError}. The keys
 * also go in as lists (`= ANY`): the planner then finds the rows by the primary key rather than joining the whole
 * table with a recordset it takes for 100 rows.
 */
const COMPLETED_KEYS: DeferredKind<CompletedRow> = {
  statements: (rows) => [{
    sql: `UPDATE idempotency_keys k SET state = 'done', response_status = x.status, response_body = x.body, completed_at = x.at
          FROM jsonb_to_recordset($1::jsonb) AS x(account_id text, key text, status int, body jsonb, at timestamptz, claimed_at timestamptz)
          WHERE k.account_id = x.account_id AND k.key = x.key AND k.state = 'in-flight' AND (x.claimed_at IS NULL OR k.created_at = x.claimed_at)
            AND k.account_id = ANY($2::text[]) AND k.key = ANY($3::text[])
          RETURNING 1`,
    params: [json(rows), rows.map((row) => row.account_id), rows.map((row) => row.key)],
  }],
  async check(_db, rows, [completed = []]) {
    if (completed.length !== rows.length) throw new IdempotencyClaimLostError();
  },
};

interface Claim {
  readonly accountId: string;
  readonly key: string;
  readonly requestHash: string;
  readonly at: string;
}

/**
 * New keys claimed, as many as `reads` gathers in one `INSERT … ON CONFLICT DO NOTHING`: true for each claim that
 * inserted its row. Of two claims of one key in one statement only the first inserts.
 */
const CLAIMS: BatchedRead<Claim, boolean> = {
  async load(db, claims) {
    const { rows } = await db.query<{ account_id: string; key: string }>(
      `INSERT INTO idempotency_keys (account_id, key, request_hash, state, created_at)
       SELECT account_id, key, request_hash, 'in-flight', at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) WITH ORDINALITY AS k(account_id, key, request_hash, at, ord)
       ORDER BY ord
       ON CONFLICT (account_id, key) DO NOTHING RETURNING account_id, key`,
      [claims.map(({ accountId }) => accountId), claims.map(({ key }) => key), claims.map(({ requestHash }) => requestHash), claims.map(({ at }) => at)]);
    const inserted = new Set(rows.map((row) => JSON.stringify([row.account_id, row.key])));
    return claims.map(({ accountId, key }) => inserted.delete(JSON.stringify([accountId, key])));
  },
};

/**
 * Idempotency keys on `db`. `begin` is an `INSERT … ON CONFLICT DO NOTHING` (shared with the claims `reads`
 * gathers): of concurrent requests with one key exactly one inserts (and gets `new`); the others take over a lapsed
 * claim (one `UPDATE`, so one of them) or read the row that won. A claim is known by its time (`created_at`), which
 * fences `complete` and `abandon`. `complete` goes through `writes` (inside a transaction, held back to its end).
 */
export function idempotencyRepository(executor: SqlExecutor, reads: ReadBatcher, writes: WriteBuffer): IdempotencyRepository {
  const db = flushingFirst(executor, writes, COMPLETED_KEYS);
  return {
    async begin(accountId, key, requestHash, at, leaseMs = DEFAULT_IDEMPOTENCY_LEASE_MS): Promise<IdempotencyBegin> {
      // A row abandoned between the insert and the read is retried a few times, then reported as in flight.
      for (let attempt = 0; attempt < 5; attempt++) {
        if (await reads.read(CLAIMS, { accountId, key, requestHash, at })) return { kind: 'new' };
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
      await writes.write(COMPLETED_KEYS, [{ account_id: accountId, key, status: response.status, body: response.body, at, claimed_at: claimedAt ?? null }]);
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
