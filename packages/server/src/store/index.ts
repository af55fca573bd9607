export * from './types.js';
export { openStore, storeOptionsFromEnv, DEFAULT_DATA_DIR } from './open-store.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { DEFAULT_LEASE_MS } from './lease.js';
export type { TableUpkeep } from './table-upkeep.js';
export type { CheckpointLimits, WalCheckpoint } from './wal-checkpoints.js';
export type { SqlClient, SqlExecutor, SqlParam, SqlResult, SqlRow } from './sql-client.js';
