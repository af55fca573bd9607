import type { SqlParam } from './sql-client.js';

/** An optional condition of a list: its SQL on a parameter's placeholder (`$n`), and the value; `undefined`: not filtered. */
export type Filter = readonly [condition: (placeholder: string) => string, value: SqlParam | undefined];

/** The WHERE clause of a list and its parameters, numbered as they are added. */
export interface FilteredQuery {
  /** `WHERE` and the conditions of the filters that have a value, joined with AND; '' when none has. */
  readonly where: string;
  /** Adds `value` and answers its placeholder. */
  add(value: SqlParam): string;
  readonly params: SqlParam[];
}

/**
 * The filters that have a value as a `WHERE` clause, their values as the first parameters. Each combination is its
 * own statement text, so its own prepared plan, which can use the index that combination allows: one text with
 * `($1 IS NULL OR column = $1)` would need a fresh plan for every run to do that (see `PLAN_CACHE_MODE`).
 */
export function filtered(filters: readonly Filter[]): FilteredQuery {
  const params: SqlParam[] = [];
  const add = (value: SqlParam): string => `$${params.push(value)}`;
  const conditions = filters.flatMap(([condition, value]) => (value === undefined ? [] : [condition(add(value))]));
  return { where: conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`, add, params };
}
