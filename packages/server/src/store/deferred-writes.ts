import type { SqlExecutor } from './sql-client.js';

/** A kind of row a repository can hold back, and how a batch of them is written in one statement. */
export interface DeferredKind<Row> {
  /** Writes `rows`, in the order they were added, in one statement. */
  send(db: SqlExecutor, rows: readonly Row[]): Promise<void>;
}

/**
 * Where a repository's writes of a {@link DeferredKind} go: outside a transaction, to the database at once; inside
 * one, held back and written together, one statement per kind, when the transaction ends (or when something must
 * read them first). A group transaction of 30 submissions thus writes 30 audit entries in one statement.
 */
export interface WriteBuffer {
  /** True inside a transaction: writes wait for {@link WriteBuffer.flush}. */
  readonly deferred: boolean;
  write<Row>(kind: DeferredKind<Row>, rows: readonly Row[]): Promise<void>;
  /** Writes what is held back: of `kind` only, or every kind in the order each was first used. */
  flush<Row>(kind?: DeferredKind<Row>): Promise<void>;
}

/** Writes each row at once (repositories outside a transaction). */
export function immediateWrites(db: SqlExecutor): WriteBuffer {
  return {
    deferred: false,
    write: async (kind, rows) => {
      if (rows.length > 0) await kind.send(db, rows);
    },
    flush: async () => {},
  };
}

/** Holds rows back until `flush` (one transaction's repositories share one). */
export function deferredWrites(db: SqlExecutor): WriteBuffer {
  // Per kind, in the order of first use: its rows so far and how to send them.
  const pending = new Map<object, { rows: unknown[]; send: () => Promise<void> }>();
  const sendHeld = async (kind: object) => {
    const held = pending.get(kind);
    pending.delete(kind);
    await held?.send();
  };
  return {
    deferred: true,
    async write<Row>(kind: DeferredKind<Row>, rows: readonly Row[]) {
      if (rows.length === 0) return;
      const held = pending.get(kind);
      if (held !== undefined) {
        held.rows.push(...rows);
        return;
      }
      const all = [...rows];
      pending.set(kind, { rows: all, send: () => kind.send(db, all) });
    },
    async flush(kind) {
      if (kind !== undefined) return sendHeld(kind);
      for (const held of [...pending.keys()]) await sendHeld(held);
    },
  };
}

/**
 * `db`, but every statement first writes what `writes` holds back of `kind` (of every kind without one): a
 * repository's own reads and writes then see (and keep the order of) its held-back rows.
 */
export function flushingFirst<Row>(db: SqlExecutor, writes: WriteBuffer, kind?: DeferredKind<Row>): SqlExecutor {
  if (!writes.deferred) return db;
  return {
    async query(sql, params) {
      await writes.flush(kind);
      return db.query(sql, params);
    },
  };
}
