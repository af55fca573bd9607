/**
 * A value passed as a query parameter: text, numbers, booleans, bytes, null, or a list of texts (cast in the
 * statement, e.g. `$1::text[]`). JSON goes in as text with `::jsonb`.
 */
export type SqlParam = string | number | boolean | Uint8Array | null | readonly string[];

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
 * `error` as `make(constraintName)` when it is a unique violation of a constraint whose name starts with `prefix`
 * (any, by default), else `error` itself: for a statement whose other parts may violate other tables' constraints.
 */
export const uniqueViolationAs = (make: (constraint: string) => Error, prefix = '') => (error: unknown): unknown =>
  (isUniqueViolation(error) && violatedConstraint(error).startsWith(prefix) ? make(violatedConstraint(error)) : error);

/**
 * A rethrower for `.catch`: a unique violation becomes `make(constraintName)`, anything else is rethrown as is.
 * @example await db.query(…).catch(onUniqueViolation((c) => new StoreDuplicateError('account', c.endsWith('pkey') ? 'id' : 'email')))
 */
export const onUniqueViolation = (make: (constraint: string) => Error, prefix = '') => {
  const mapped = uniqueViolationAs(make, prefix);
  return (error: unknown): never => {
    throw mapped(error);
  };
};

/** SQLSTATEs of a database that is (briefly) not there: a restart, a crash recovery, no free connection. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Network errors of a connection that could not be made or was cut. */
const UNAVAILABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

/**
 * True when `error` says the database could not be reached (restarting, down, its connections cut or all taken),
 * rather than that a statement was wrong: the request may succeed if retried shortly. `pg` reports a cut connection
 * with a bare message, so those are recognised by their text.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = sqlState(error);
  if (code !== undefined && (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || UNAVAILABLE_NETWORK.has(code))) return true;
  const message = error instanceof Error ? error.message : '';
  return /^Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/i.test(message);
}
