/** A value passed as a query parameter: text, numbers, booleans, bytes or null. JSON goes in as text with `::jsonb`. */
export type SqlParam = string | number | boolean | Uint8Array | null;

/** One result row, column name → value as the driver decoded it. */
export type SqlRow = Record<string, unknown>;

/** The result of one statement. */
export interface SqlResult<R extends SqlRow = SqlRow> {
  readonly rows: R[];
  /** Rows inserted, updated or deleted (or returned). */
  readonly rowCount: number;
}

/** Runs one parameterised statement (`$1`, `$2`…): the part shared by a client and a transaction. */
export interface SqlExecutor {
  query<R extends SqlRow = SqlRow>(sql: string, params?: readonly SqlParam[]): Promise<SqlResult<R>>;
}

/**
 * The tiny database client the store is written against: PostgreSQL SQL through either PGlite (embedded) or `pg`
 * (a server). `transaction` runs `fn` on one connection between BEGIN and COMMIT, rolling back when it throws.
 */
export interface SqlClient extends SqlExecutor {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The SQLSTATE of a database error, if `error` is one (both drivers expose `code`). */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The violated constraint's name, if the driver reports one. */
export function violatedConstraint(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const constraint = (error as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : '';
}

/** True when `error` is a unique violation (SQLSTATE 23505). */
export const isUniqueViolation = (error: unknown): boolean => sqlState(error) === '23505';

/**
 * A rethrower for `.catch`: a unique violation becomes `make(constraintName)`, anything else is rethrown as is.
 * @example await db.query(…).catch(onUniqueViolation((c) => new StoreDuplicateError('account', c.endsWith('pkey') ? 'id' : 'email')))
 */
export const onUniqueViolation = (make: (constraint: string) => Error) => (error: unknown): never => {
  if (isUniqueViolation(error)) throw make(violatedConstraint(error));
  throw error;
};
