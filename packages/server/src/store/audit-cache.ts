import { bytesEqual, canonicalize, createAuditLog, leafHash, type AuditEntryInput, type AuditLog } from '@satupintu/core';
import { bytes } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';
import { StoreError } from './types.js';

/** Rows read per query while catching up. */
const BATCH = 5000;

const encoder = new TextEncoder();

/** The committed size of the log: the head row's next sequence number. */
export async function readAuditHead(db: SqlExecutor, forUpdate = false): Promise<number> {
  const { rows } = await db.query(`SELECT next_seq FROM audit_head WHERE id = 1${forUpdate ? ' FOR UPDATE' : ''}`);
  return Number(rows[0]!.next_seq);
}

const corrupt = (seq: number, what: string) => new StoreError('store.audit-corrupt', `audit entry ${seq}: ${what}`);

/**
 * This instance's in-memory copy of core's Merkle audit log, holding only committed entries: built at open by
 * replaying the stored canonical lines through core's `append` (which re-validates every entry), and brought up to
 * date from the table before each read, so entries appended by other instances are included. Each replayed entry
 * must reproduce its stored canonical line and leaf hash, else the store refuses with `store.audit-corrupt`.
 */
export class AuditCache {
  private readonly log: AuditLog = createAuditLog();
  private turn: Promise<unknown> = Promise.resolve();

  /** The core log (read-only use: root, proofs, checkpoints). */
  get core(): AuditLog {
    return this.log;
  }

  /** Catches up with the table up to `head` (default: the committed head) and returns that head. */
  async sync(db: SqlExecutor, head?: number): Promise<number> {
    const target = head ?? await readAuditHead(db);
    while (this.log.size < target) {
      const { rows } = await db.query(
        'SELECT seq, line, leaf_hash FROM audit_entries WHERE seq >= $1 AND seq < $2 ORDER BY seq LIMIT $3', [this.log.size, target, BATCH]);
      if (rows.length === 0) throw corrupt(this.log.size, 'missing');
      await this.exclusive(() => this.absorb(rows));
    }
    return target;
  }

  /** Runs `fn` after every earlier absorb: concurrent catch-ups never append one entry twice. No I/O inside. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.turn.then(fn);
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async absorb(rows: readonly SqlRow[]): Promise<void> {
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq < this.log.size) continue; // another catch-up got here first
      if (seq > this.log.size) throw corrupt(this.log.size, 'missing');
      const line = String(row.line);
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw corrupt(seq, 'not JSON');
      }
      const { seq: storedSeq, ...input } = parsed;
      const appended = await this.log.append(input as unknown as AuditEntryInput);
      if (!appended.ok) throw corrupt(seq, appended.error.code);
      const canonical = canonicalize(appended.value);
      if (storedSeq !== seq || !canonical.ok || canonical.value !== line) throw corrupt(seq, 'not its canonical line');
      if (!bytesEqual(await leafHash(encoder.encode(line)), bytes(row.leaf_hash))) throw corrupt(seq, 'leaf hash differs');
    }
  }
}
