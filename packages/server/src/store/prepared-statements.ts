/** Reads and writes are prepared once and reused; anything else (a schema change) runs unprepared. */
const DATA_STATEMENT = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/** Whether `sql` is a read or write worth preparing (not a schema change, whose text runs once). */
export const isDataStatement = (sql: string): boolean => DATA_STATEMENT.test(sql);

/**
 * Every connection plans a prepared statement once and keeps that plan. Under PostgreSQL's default (`auto`) a
 * statement is planned again on every run whenever a plan for the values at hand looks cheaper than the generic one,
 * which the batched key lookups always do (a list of nine keys against a generic guess of ten): planning was about a
 * fifth of the embedded store's work per submission. No statement here needs its values to be planned well, because
 * optional filters are written as separate texts (see `filtered`).
 */
export const PLAN_CACHE_MODE = 'force_generic_plan';

/** Most prepared statements kept per connection: the store's SQL is a fixed set of texts, far fewer than this. */
export const MAX_PREPARED = 500;

/**
 * Names for prepared statements: one stable name per data statement's text, so a connection parses and plans each
 * text once; `undefined` (run unnamed) for a schema change, or once {@link MAX_PREPARED} texts are named.
 */
export function statementNames(): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    if (!isDataStatement(sql)) return undefined;
    let name = names.get(sql);
    if (name === undefined && names.size < MAX_PREPARED) names.set(sql, name = `satupintu_${names.size}`);
    return name;
  };
}
