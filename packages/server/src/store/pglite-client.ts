import { mkdir } from 'node:fs/promises';
import { PGlite, TransactionAbortedError } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import { durableOptions, type FileSync } from './durable-nodefs.js';
import { PgliteStatements } from './pglite-statements.js';
import { PLAN_CACHE_MODE } from './prepared-statements.js';
import type { SqlClient, SqlExecutor } from './sql-client.js';

/** Runs tasks one at a time, in call order: the embedded database's single connection. */
function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}

/**
 * The embedded driver: PGlite (PostgreSQL compiled to WASM) persisted in `dataDir`, run through prepared statements
 * (see {@link PgliteStatements}). One connection: a query outside a transaction waits for the running one, and
 * transactions run one after the other. The directory is locked to this process while open (see `lockDataDir`).
 * A commit is on disk when it resolves (see {@link durableOptions}); `sync` stands in for `fsync` in tests.
 */
export async function openPgliteClient(dataDir: string, sync?: FileSync): Promise<SqlClient & { readonly db: PGlite }> {
  await mkdir(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(durableOptions(dataDir, sync));
    await db.exec(`SET plan_cache_mode = ${PLAN_CACHE_MODE}`);
  } catch (error) {
    unlock();
    throw error;
  }
  const statements = new PgliteStatements(db);
  const queue = serialQueue();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => queue(() => {
    if (db.closed) throw new Error('PGlite is closed');
    return task();
  });
  return {
    db,
    query: (sql, params = []) => exclusive(() => statements.run(sql, params, true)),
    transaction: (fn) => exclusive(async () => {
      await statements.command('BEGIN', false);
      let open = true;
      const tx: SqlExecutor = {
        query: (sql, params = []) => {
          if (!open) return Promise.reject(new Error('the transaction is over'));
          return statements.run(sql, params, false);
        },
      };
      try {
        const result = await fn(tx);
        open = false;
        // A statement that failed inside `fn` (its error caught there) leaves the transaction aborted: COMMIT then
        // answers ROLLBACK, and the caller must not take its writes for committed.
        if (await statements.command('COMMIT', true) === 'ROLLBACK') throw new TransactionAbortedError();
        return result;
      } catch (error) {
        if (open) {
          open = false;
          await statements.command('ROLLBACK', true);
        }
        throw error;
      }
    }),
    close: () => queue(async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    }),
  };
}
