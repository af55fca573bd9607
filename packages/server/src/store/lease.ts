import { instant, later } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';

/** Default lease of a claim: if the claiming instance dies, the row is claimable again after this long. */
export const DEFAULT_LEASE_MS = 5 * 60_000;

/** Where claimable rows live and which of them are due. */
export interface ClaimTable {
  readonly table: 'jobs' | 'outbox';
  /** The column holding when the row is due. */
  readonly dueColumn: 'run_at' | 'next_attempt_at';
}

/**
 * Claims up to `limit` pending rows due at `now` whose lease is free or lapsed, earliest due first and, among rows
 * due together, in the order they were queued (`seq`): the inner `SELECT … FOR UPDATE SKIP LOCKED` makes concurrent
 * claimers (any instance) pass over rows another is claiming, so no row is claimed twice. Each claim counts an
 * attempt and leases the row to `instanceId` until `now + leaseMs`.
 */
export async function claimRows(db: SqlExecutor, where: ClaimTable, now: string, limit: number, instanceId: string, leaseMs: number): Promise<SqlRow[]> {
  const { table, dueColumn } = where;
  const take = Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 1;
  const { rows } = await db.query(
    `UPDATE ${table} SET claimed_by = $3, lease_until = $4, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM ${table}
       WHERE status = 'pending' AND ${dueColumn} <= $1 AND (lease_until IS NULL OR lease_until <= $1)
       ORDER BY ${dueColumn}, seq LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [now, take, instanceId, later(now, leaseMs)]);
  return rows.sort((a, b) => instant(a[dueColumn]).localeCompare(instant(b[dueColumn])) || Number(a.seq) - Number(b.seq));
}
