import { randomUUID } from 'node:crypto';
import type { JsonValue } from '@satupintu/core';
import { claimRows, DEFAULT_LEASE_MS } from './lease.js';
import { instant, json, optionalInstant, optionalText, present } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';
import type { JobRecord, JobRepository } from './types.js';

const toJob = (row: SqlRow): JobRecord => ({
  id: String(row.id),
  kind: String(row.kind),
    key: String(row.key),
    payload: row.payload as JsonValue,
    runAt: instant(row.run_at),
    status: row.status as JobRecord['status'],
    attempts: Number(row.attempts),
    ...present({ claimedBy: optionalText(row.claimed_by), leaseUntil: optionalInstant(row.lease_until), lastError: optionalText(row.last_error) }),
});

/** Jobs and the record of due actions done, on `db`. */
export function jobRepository(db: SqlExecutor): JobRepository {
  return {
    async enqueue(job) {
      const { rows } = await db.query(
        `INSERT INTO jobs (id, kind, key, payload, run_at, status, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, 'pending', now())
         ON CONFLICT (key) DO NOTHING RETURNING *`, [randomUUID(), job.kind, job.key, json(job.payload), job.runAt]);
      return rows[0] && toJob(rows[0]);
    },
    async claimDue(now, limit, instanceId, leaseMs = DEFAULT_LEASE_MS) {
      return (await claimRows(db, { table: 'jobs', dueColumn: 'run_at' }, now, limit, instanceId, leaseMs)).map(toJob);
    },
    async complete(id, instanceId, at) {
      const result = await db.query(
        `UPDATE jobs SET status = 'done', done_at = $3, lease_until = NULL WHERE id = $1 AND claimed_by = $2 AND status = 'pending'`,
        [id, instanceId, at]);
      return result.rowCount > 0;
    },
    async fail(id, instanceId, error, retryAt) {
      const result = await db.query(
        `UPDATE jobs SET last_error = $3, lease_until = NULL, claimed_by = NULL,
           status = CASE WHEN $4::timestamptz IS NULL THEN 'failed' ELSE 'pending' END, run_at = COALESCE($4::timestamptz, run_at)
         WHERE id = $1 AND claimed_by = $2 AND status = 'pending'`, [id, instanceId, error.slice(0, 2000), retryAt ?? null]);
      return result.rowCount > 0;
    },
    async get(id) {
      const { rows } = await db.query('SELECT * FROM jobs WHERE id = $1', [id]);
      return rows[0] && toJob(rows[0]);
    },
    async markActionDone(actionKey, at) {
      const result = await db.query(
        'INSERT INTO due_actions_done (action_key, done_at) VALUES ($1, $2) ON CONFLICT (action_key) DO NOTHING', [actionKey, at]);
      return result.rowCount === 1;
    },
    async isActionDone(actionKey) {
      return (await db.query('SELECT 1 FROM due_actions_done WHERE action_key = $1', [actionKey])).rows.length > 0;
    },
  };
}
