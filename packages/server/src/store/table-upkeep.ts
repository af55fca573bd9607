import type { SqlClient } from './sql-client.js';

/** A table vacuumed and analysed by {@link upkeepGrownTables}. */
export interface TableUpkeep {
  readonly table: string;
  /** Its size in pages, indexes included, at its previous vacuum or analyse (0: never). */
  readonly pagesBefore: number;
  /** Its size in pages when this one began. */
  readonly pages: number;
  /** How long vacuum and analyse took, in milliseconds. */
  readonly ms: number;
}

/** A table is due when it has grown by more than this fraction (autovacuum's default share of dead rows, a fifth)… */
const GROWTH = 0.2;
/** …and this many pages (64 KiB) since its last vacuum or analyse. */
const MIN_PAGES = 8;

interface TableSize extends Record<string, unknown> {
  readonly table: string;
  readonly pages_before: number;
  readonly pages: number;
}

/**
 * Vacuums and analyses each of the store's tables that has grown by more than a fifth and 64 KiB since its last
 * vacuum or analyse — the work PostgreSQL's autovacuum does, which the embedded database (PGlite, one process, no
 * background workers) never does by itself. Without it the planner never gets column statistics, and the space of
 * deleted or replaced row versions that page pruning misses (old index entries above all) is never reclaimed. PGlite
 * keeps no counts of changed rows either (its statistics collector does not run), so a table's size, indexes
 * included, stands in for them: rows added and row versions left behind both grow it, and once vacuumed, the space
 * freed is filled before the files grow again. Tables are done one at a time, smallest first; each holds the single
 * connection while it runs.
 * @example const done = await upkeepGrownTables(client); // [{ table: 'applications', pagesBefore: 101, pages: 157, ms: 8 }]
 */
export async function upkeepGrownTables(db: SqlClient): Promise<TableUpkeep[]> {
  const { rows } = await db.query<TableSize>(
    `SELECT c.relname AS table,
            (c.relpages + coalesce(sum(i.relpages), 0))::int AS pages_before,
            ((pg_relation_size(c.oid) + coalesce(sum(pg_relation_size(i.oid)), 0)) / current_setting('block_size')::int)::int AS pages
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_index x ON x.indrelid = c.oid
       LEFT JOIN pg_class i ON i.oid = x.indexrelid
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
      GROUP BY c.oid
      ORDER BY pages`);
  const done: TableUpkeep[] = [];
  for (const { table, pages_before: pagesBefore, pages } of rows) {
    if (pages <= pagesBefore * (1 + GROWTH) + MIN_PAGES) continue;
    const started = performance.now();
    await db.query(`VACUUM (ANALYZE) ${quoteIdentifier(table)}`);
    done.push({ table, pagesBefore, pages, ms: Math.round(performance.now() - started) });
  }
  return done;
}

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;
