import { randomUUID } from 'node:crypto';
import { AuditCache } from './audit-cache.js';
import { appliedMigrations, migrate } from './migrate.js';
import { openPgClient } from './pg-client.js';
import { openPgliteClient } from './pglite-client.js';
import { batchedReads, singleReads } from './batched-reads.js';
import { deferredWrites, flushingFirst, immediateWrites, type WriteBuffer } from './deferred-writes.js';
import { GroupCommit } from './group-commit.js';
import { bindRepositories } from './repositories.js';
import type { SqlClient } from './sql-client.js';
import { upkeepGrownTables } from './table-upkeep.js';
import { checkpointIfDue, type CheckpointLimits } from './wal-checkpoints.js';
import type { Repositories, Store, StoreKind, StoreOptions, StoreUpkeep } from './types.js';

/** One transaction's repositories and the writes they hold back until it commits. */
interface TransactionScope {
  readonly repositories: Repositories;
  readonly writes: WriteBuffer;
}

/** The embedded store's upkeep: vacuum and analyse where due, then a checkpoint if due. */
async function embeddedUpkeep(client: SqlClient, limits?: Partial<CheckpointLimits>): Promise<StoreUpkeep> {
  const tables = await upkeepGrownTables(client);
  const checkpoint = await checkpointIfDue(client, limits);
  return checkpoint ? { tables, checkpoint } : { tables };
}

/** The default directory of the embedded store. */
export const DEFAULT_DATA_DIR = './data';

/**
 * The store options from the environment: `SATUPINTU_DATABASE_URL` (PostgreSQL) or `SATUPINTU_DATA_DIR`
 * (embedded, default `./data`), and `SATUPINTU_INSTANCE_ID`.
 */
export function storeOptionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): StoreOptions {
  const { SATUPINTU_DATABASE_URL: databaseUrl, SATUPINTU_DATA_DIR: dataDir, SATUPINTU_INSTANCE_ID: instanceId } = env;
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: dataDir || DEFAULT_DATA_DIR,
    ...(instanceId ? { instanceId } : {}),
  };
}

/**
 * Opens the store: PostgreSQL when `databaseUrl` is given, else the embedded PGlite store in `dataDir`; applies
 * pending migrations (under an advisory lock, so instances starting together apply each once) and loads the audit
 * log, re-verifying every stored entry against its canonical line and leaf hash.
 * @example const store = await openStore({ dataDir: './data' });
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const kind: StoreKind = options.databaseUrl ? 'postgres' : 'embedded';
  const client: SqlClient = options.databaseUrl
    ? openPgClient(options.databaseUrl, options.maxConnections)
    : await openPgliteClient(options.dataDir ?? DEFAULT_DATA_DIR);
  const cache = new AuditCache();
  try {
    await migrate(client);
    await cache.sync(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  const listeners = new Set<(receiptNumbers: readonly string[]) => void>();
  const announce = (receiptNumbers: readonly string[]) => {
    if (receiptNumbers.length > 0) for (const listener of listeners) listener(receiptNumbers);
  };
  const repositories = bindRepositories(
    { db: client, inTransaction: (fn) => client.transaction(fn), reads: batchedReads(client), writes: immediateWrites(client) }, cache, (receipt) => announce([receipt]));
  // A transaction announces its changed applications once it is over (committed or rolled back), never before.
  const inTransaction = async <T>(fn: (scope: TransactionScope) => Promise<T>): Promise<T> => {
    const changed = new Set<string>();
    try {
      return await client.transaction((db) => {
        const writes = deferredWrites(db);
        const ownAppends = { from: undefined, next: undefined };
        // A lookup inside the transaction sees everything the transaction wrote so far, held back or not.
        const reads = singleReads(flushingFirst(db, writes));
        return fn({ writes, repositories: bindRepositories({ db, inTransaction: (inner) => inner(db), ownAppends, reads, writes }, cache, (receipt) => changed.add(receipt)) });
      });
    } finally {
      announce([...changed]);
    }
  };
  const transaction = <T>(fn: (tx: Repositories) => Promise<T>): Promise<T> => inTransaction(async ({ repositories: tx, writes }) => {
    const result = await fn(tx);
    await writes.flush();
    return result;
  });
  const group = new GroupCommit<TransactionScope>(inTransaction, options.maxGroupSize, ({ writes }) => writes.flush());
  let closed: Promise<void> | undefined;
  return {
    ...repositories,
    kind,
    instanceId: options.instanceId ?? `${kind}-${randomUUID()}`,
    transaction,
    groupTransaction: (fn) => group.run(({ repositories: tx }) => fn(tx)),
    onApplicationsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    migrations: () => appliedMigrations(client),
    upkeep: () => (kind === 'embedded' ? embeddedUpkeep(client, options.checkpointLimits) : Promise.resolve({ tables: [] })),
    async ping() {
      try {
        return (await client.query('SELECT 1 AS one')).rows.length === 1;
      } catch {
        return false;
      }
    },
    close: () => (closed ??= client.close()),
  };
}
