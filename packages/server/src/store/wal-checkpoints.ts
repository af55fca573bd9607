import type { SqlClient } from './sql-client.js';

/** A checkpoint made by {@link checkpointIfDue}. */
export interface WalCheckpoint {
  /** WAL written since the previous checkpoint, in bytes: what a recovery would have replayed. */
  readonly walBytes: number;
  /** Seconds since the previous checkpoint. */
  readonly secondsSince: number;
  /** How long this one took, in milliseconds. */
  readonly ms: number;
}

/** When a checkpoint is due; by default PostgreSQL's own settings (see {@link checkpointIfDue}). */
export interface CheckpointLimits {
  /** `checkpoint_timeout`: at most this long between checkpoints while WAL is written. */
  readonly timeoutSeconds: number;
  /** WAL since the last checkpoint that starts one whatever the time: `max_wal_size / (1 + checkpoint_completion_target)`. */
  readonly walBytes: number;
}

interface WalState extends Record<string, unknown> {
  readonly wal_bytes: string;
  readonly seconds_since: number;
  readonly wal_page_bytes: number;
  readonly timeout_seconds: number;
  readonly volume_bytes: string;
}

const WAL_STATE = `
  SELECT (pg_current_wal_insert_lsn() - checkpoint_lsn)::bigint::text AS wal_bytes,
         extract(epoch FROM now() - checkpoint_time)::float8 AS seconds_since,
         current_setting('wal_block_size')::int AS wal_page_bytes,
         (SELECT setting::int FROM pg_settings WHERE name = 'checkpoint_timeout') AS timeout_seconds,
         (SELECT (setting::bigint /* MB */ * 1024 * 1024 / (1 + current_setting('checkpoint_completion_target')::float8))::bigint::text
            FROM pg_settings WHERE name = 'max_wal_size') AS volume_bytes
    FROM pg_control_checkpoint()`;

/**
 * Makes a checkpoint when one is due — the work of PostgreSQL's checkpointer, which the embedded database (PGlite:
 * one process, no background workers) never does while it runs: without it the write-ahead log grows for as long as
 * the server runs (1.5 GB after 1,800 large inserts here, the last checkpoint still the one made at start-up), all of
 * it kept on disk and all of it replayed by a restart after a crash. Due, as in PostgreSQL, when WAL has been written
 * since the last checkpoint (at least one WAL page) and `checkpoint_timeout` (5 min) has passed, or when that WAL has
 * reached `max_wal_size / (1 + checkpoint_completion_target)` (about 540 MB) whatever the time. The checkpoint
 * holds the single connection while it writes the changed pages and syncs them; after it, PostgreSQL recycles the
 * WAL files no longer needed. Resolves to the checkpoint made, or undefined.
 * @example const made = await checkpointIfDue(client); // { walBytes: 18_350_080, secondsSince: 301, ms: 45 }
 */
export async function checkpointIfDue(db: SqlClient, limits?: Partial<CheckpointLimits>): Promise<WalCheckpoint | undefined> {
  const { rows: [state] } = await db.query<WalState>(WAL_STATE);
  if (!state) return undefined;
  const walBytes = Number(state.wal_bytes);
  const secondsSince = Math.round(state.seconds_since);
  const timeoutSeconds = limits?.timeoutSeconds ?? state.timeout_seconds;
  const volumeBytes = limits?.walBytes ?? Number(state.volume_bytes);
  if (walBytes < state.wal_page_bytes || (secondsSince < timeoutSeconds && walBytes < volumeBytes)) return undefined;
  const started = performance.now();
  await db.query('CHECKPOINT');
  return { walBytes, secondsSince, ms: Math.round(performance.now() - started) };
}
