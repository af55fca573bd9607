/** Reads and writes are prepared once and reused; anything else (a schema change) runs unprepared. */
const DATA_STATEMENT = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/** Whether `sql` is a read or write worth preparing (not a schema change, whose text runs once). */
export const isDataStatement = (sql: string): boolean => DATA_STATEMENT.test(sql);

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
