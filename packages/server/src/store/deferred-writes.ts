import type { SqlExecutor, SqlParam, SqlRow } from './sql-client.js';

/**
 * One data-modifying statement (`INSERT`, `UPDATE` or `DELETE`) with `RETURNING` a row for each row it wrote (a
 * part of a `WITH` must return something to be counted), its parameters numbered from `$1`.
 */
export interface WriteStatement {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/** A kind of row a repository can hold back, and how a batch of them is written. */
export interface DeferredKind<Row> {
  /** The statements that write `rows`, in the order they were added; they may run as parts of one statement. */
  statements(rows: readonly Row[]): readonly WriteStatement[];
  /**
   * Throws the kind's error when the statements wrote fewer rows than they should: `returned` holds the rows each
   * returned (`db` is the transaction's, for a closer look).
   */
  check?(db: SqlExecutor, rows: readonly Row[], returned: readonly (readonly SqlRow[])[]): Promise<void>;
  /** The kind's own error for a database error its statements caused (a unique violation, say), else `error`. */
  rethrow?(error: unknown): unknown;
}

/**
 * Where a repository's writes of a {@link DeferredKind} go: outside a transaction, to the database at once; inside
 * one, held back, and written when the transaction ends (or when something must read them first). At the end every
 * kind's rows go in ONE statement (each kind's statements as parts of a `WITH`): a group transaction of 30
 * submissions writes its 30 application updates, audit entries, messages and idempotency answers in one round trip.
 */
export interface WriteBuffer {
  /** True inside a transaction: writes wait for {@link WriteBuffer.flush}. */
  readonly deferred: boolean;
  write<Row>(kind: DeferredKind<Row>, rows: readonly Row[]): Promise<void>;
  /** The rows of `kind` held back so far (none outside a transaction). */
  held<Row>(kind: DeferredKind<Row>): readonly Row[];
  /** Writes what is held back: of `kind` only, or every kind (in one statement). */
  flush<Row>(kind?: DeferredKind<Row>): Promise<void>;
}

/** The rows of one kind, to write. */
interface Batch {
  readonly kind: DeferredKind<unknown>;
  readonly rows: readonly unknown[];
}

/** `sql` with its parameters `$1…` renumbered from `$first`. Store statements hold no `$` in literals. */
const renumbered = (sql: string, first: number): string => sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + first - 1}`);

/** A rethrower for `.catch`: a database error becomes the error of the kind that knows it, if one does. */
const rethrown = (batches: readonly Batch[]) => (error: unknown): never => {
  throw batches.reduce((mapped, { kind }) => (mapped === error && kind.rethrow ? kind.rethrow(error) : mapped), error);
};

/** Writes `batches` in one statement: their statements as the parts of a `WITH`, each one's rows returned as JSON. */
async function writeTogether(db: SqlExecutor, batches: readonly Batch[]): Promise<void> {
  const parts = batches.flatMap(({ kind, rows }, index) => kind.statements(rows).map((statement) => ({ index, ...statement })));
  const returned: SqlRow[][] = [];
  if (parts.length === 1) {
    returned.push((await db.query(parts[0]!.sql, parts[0]!.params).catch(rethrown(batches))).rows);
  } else {
    const params: SqlParam[] = [];
    const ctes = parts.map(({ sql, params: own }, part) => {
      const text = `w${part} AS (${renumbered(sql, params.length + 1)})`;
      params.push(...own);
      return text;
    });
    const outputs = parts.map((_, part) => `(SELECT coalesce(json_agg(w${part}), '[]') FROM w${part}) AS w${part}`);
    const { rows } = await db.query(`WITH ${ctes.join(',\n')}\nSELECT ${outputs.join(', ')}`, params).catch(rethrown(batches));
    parts.forEach((_, part) => returned.push(rows[0]?.[`w${part}`] as SqlRow[]));
  }
  for (const [index, { kind, rows }] of batches.entries()) {
    await kind.check?.(db, rows, returned.filter((_, part) => parts[part]!.index === index));
  }
}

/** Writes each row at once (repositories outside a transaction). */
export function immediateWrites(db: SqlExecutor): WriteBuffer {
  return {
    deferred: false,
    write: async (kind, rows) => {
      if (rows.length > 0) await writeTogether(db, [{ kind: kind as DeferredKind<unknown>, rows }]);
    },
    held: () => [],
    flush: async () => {},
  };
}

/** Holds rows back until `flush` (one transaction's repositories share one). */
export function deferredWrites(db: SqlExecutor): WriteBuffer {
  // Per kind, in the order of first use: its rows so far.
  const pending = new Map<DeferredKind<unknown>, unknown[]>();
  const take = (kinds: readonly DeferredKind<unknown>[]): Batch[] => kinds.flatMap((kind) => {
    const rows = pending.get(kind);
    pending.delete(kind);
    return rows === undefined ? [] : [{ kind, rows }];
  });
  return {
    deferred: true,
    async write<Row>(kind: DeferredKind<Row>, rows: readonly Row[]) {
      if (rows.length === 0) return;
      const held = pending.get(kind as DeferredKind<unknown>);
      if (held === undefined) pending.set(kind as DeferredKind<unknown>, [...rows]);
      else held.push(...rows);
    },
    held: <Row>(kind: DeferredKind<Row>) => (pending.get(kind as DeferredKind<unknown>) ?? []) as readonly Row[],
    async flush(kind) {
      const batches = take(kind === undefined ? [...pending.keys()] : [kind as DeferredKind<unknown>]);
      if (batches.length > 0) await writeTogether(db, batches);
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
