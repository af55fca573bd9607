import { isDatabaseUnavailable, type SqlExecutor, type SqlRow } from './sql-client.js';

/** A kind of statement that answers many keys at once: a lookup by key, or an insert of many rows. */
export interface BatchedRead<Key, Value> {
  /** The answer to each of `keys`, in their order, from one statement. */
  load(db: SqlExecutor, keys: readonly Key[]): Promise<readonly Value[]>;
}

/** How a repository runs a {@link BatchedRead}: alone (inside a transaction) or with the calls concurrent to it. */
export interface ReadBatcher {
  read<Key, Value>(kind: BatchedRead<Key, Value>, key: Key): Promise<Value>;
}

/** Each call its own statement (a transaction's repositories: their statements run one after the other anyway). */
export function singleReads(db: SqlExecutor): ReadBatcher {
  return {
    async read(kind, key) {
      const [value] = await kind.load(db, [key]);
      return value as never;
    },
  };
}

/** Most keys in one statement. */
export const DEFAULT_READ_BATCH = 64;

interface Waiting<Key, Value> {
  readonly key: Key;
  readonly resolve: (value: Value) => void;
  readonly reject: (error: unknown) => void;
}

/** The calls of one kind waiting for their statement, and whether one is running. */
class Coalescer<Key, Value> {
  private readonly waiting: Waiting<Key, Value>[] = [];
  private running = false;

  constructor(private readonly db: SqlExecutor, private readonly kind: BatchedRead<Key, Value>, private readonly maxBatch: number) {}

  read(key: Key): Promise<Value> {
    return new Promise<Value>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (this.running) return;
      this.running = true;
      // The rest of this turn of the event loop first: the requests read from the network with this one join it.
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) await this.run(this.waiting.splice(0, this.maxBatch));
    } finally {
      this.running = false;
    }
  }

  private async run(batch: readonly Waiting<Key, Value>[]): Promise<void> {
    try {
      const values = await this.kind.load(this.db, batch.map(({ key }) => key));
      batch.forEach((call, index) => call.resolve(values[index] as Value));
    } catch (error) {
      // One key the database refuses must fail only its own caller: each then runs alone. A database that cannot
      // be reached fails them all at once.
      if (batch.length === 1 || isDatabaseUnavailable(error)) {
        for (const call of batch) call.reject(error);
        return;
      }
      for (const call of batch) await this.run([call]);
    }
  }
}

/**
 * Coalesces concurrent calls: those of one kind made in the same turn of the event loop, or while that kind's
 * previous statement runs, go to the database together in one statement (at most `maxBatch` keys). Under load the
 * requests that arrive together thus look up their sessions, applications and documents in one statement each
 * rather than one per request; alone, a call waits only for the end of its turn of the event loop. Outside
 * transactions only: the answer is what the database holds when the statement runs, as for a call of its own.
 */
export function batchedReads(db: SqlExecutor, maxBatch = DEFAULT_READ_BATCH): ReadBatcher {
  const coalescers = new Map<object, Coalescer<unknown, unknown>>();
  return {
    read<Key, Value>(kind: BatchedRead<Key, Value>, key: Key): Promise<Value> {
      let coalescer = coalescers.get(kind) as Coalescer<Key, Value> | undefined;
      if (coalescer === undefined) {
        coalescer = new Coalescer(db, kind, maxBatch);
        coalescers.set(kind, coalescer as Coalescer<unknown, unknown>);
      }
      return coalescer.read(key);
    },
  };
}

/**
 * A batched statement's rows grouped by key, in the order of the keys. The statement takes its keys as lists and
 * looks each up by its index, whatever the planner thinks of the table's size (a plan cached while the table was
 * small would otherwise scan all of it, and PGlite never gathers statistics): `OFFSET 0` keeps the lookup a
 * subquery run once per key. It returns with each row `ord`, the position from 1 of the key it answers:
 * `SELECT k.ord, t.* FROM unnest($1::text[]) WITH ORDINALITY AS k(id, ord)
 *  JOIN LATERAL (SELECT * FROM things WHERE id = k.id OFFSET 0) t ON true`.
 */
export function rowsByKey(rows: readonly SqlRow[], keyCount: number): SqlRow[][] {
  const grouped = Array.from({ length: keyCount }, (): SqlRow[] => []);
  for (const row of rows) grouped[Number(row.ord) - 1]?.push(row);
  return grouped;
}
