import { protocol, type PGlite } from '@electric-sql/pglite';
import { bindExecuteSync, readAnswer, type Answer, type Column } from './pglite-wire.js';
import { isDataStatement, MAX_PREPARED } from './prepared-statements.js';
import type { SqlParam, SqlResult, SqlRow } from './sql-client.js';

const { serialize } = protocol;

/**
 * The embedded database stopped: PostgreSQL raised a PANIC or FATAL error (a file sync the disk refused, say), after
 * which PGlite answers nothing more — a further call would wait forever. Every later call fails at once with this
 * error instead; its SQLSTATE, 57P03 (cannot connect now), makes the server answer 503 `store.unavailable` and
 * `/health` fail. A restart of the server recovers the database from its write-ahead log.
 */
export class DatabaseStoppedError extends Error {
  readonly code = '57P03';

  constructor(cause: Error) {
    super(`the embedded database stopped (${cause.message}); restart the server to recover it`, { cause });
    this.name = 'DatabaseStoppedError';
  }
}

/** Severities after which PostgreSQL's session is over. */
const SESSION_ENDING = new Set(['PANIC', 'FATAL']);

interface Prepared {
  readonly name: string;
  /** The parameters' type oids, as the server inferred them. */
  readonly paramTypes: readonly number[];
  /** The columns of its rows, if it returns any. */
  readonly columns?: readonly Column[];
}

/**
 * Runs statements on PGlite with the extended protocol, one call into the database per statement: PGlite's own
 * `query` makes six (parse, describe, bind, describe, execute, sync) and parses and plans the text every time. Each
 * data statement is parsed and described once as a named prepared statement (which outlives a rollback, as in
 * PostgreSQL), then each run sends bind, execute and sync together and its rows are read with the columns described.
 * Parameters are serialised and values parsed with the instance's own serializers and parsers, as `query` does; the
 * messages are written and read here (see `pglite-wire.ts`), which costs a fraction of PGlite's general-purpose
 * protocol objects. A schema change drops every prepared statement, so none keeps a stale row type. The caller
 * serialises access (one connection).
 */
export class PgliteStatements {
  private readonly prepared = new Map<string, Promise<Prepared>>();
  private nextName = 0;
  private stopped: DatabaseStoppedError | undefined;

  constructor(private readonly db: PGlite) {}

  /** Runs one parameterised statement; `syncToFs` after it (outside a transaction, as PGlite's `query` does). */
  async run<R extends SqlRow>(sql: string, params: readonly SqlParam[], syncToFs: boolean): Promise<SqlResult<R>> {
    const schemaChange = !isDataStatement(sql);
    if (schemaChange) await this.forgetPrepared();
    const statement = schemaChange ? await this.describe(sql, '') : await this.prepare(sql);
    return this.execute<R>(statement, this.values(statement.paramTypes, params), syncToFs);
  }

  /** Runs a simple-protocol command (BEGIN, COMMIT, ROLLBACK) and returns its command tag. */
  async command(sql: string, syncToFs: boolean): Promise<string | undefined> {
    return (await this.exchange(serialize.query(sql), syncToFs)).command;
  }

  /** The prepared statement of `sql`, prepared now if new; unnamed (parsed for this run only) once the cache is full. */
  private prepare(sql: string): Promise<Prepared> {
    const known = this.prepared.get(sql);
    if (known) return known;
    if (this.prepared.size >= MAX_PREPARED) return this.describe(sql, '');
    const preparing = this.describe(sql, `satupintu_${this.nextName++}`);
    this.prepared.set(sql, preparing);
    preparing.catch(() => this.prepared.delete(sql));
    return preparing;
  }

  private async describe(sql: string, name: string): Promise<Prepared> {
    const { paramTypes, columns } = await this.exchange(
      Buffer.concat([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()]), false);
    return { name, paramTypes, ...(columns && { columns }) };
  }

  private values(paramTypes: readonly number[], params: readonly SqlParam[]): (string | null)[] {
    return params.map((param, index) => {
      if (param === null || param === undefined) return null;
      const serializer = this.db.serializers[paramTypes[index] ?? -1];
      return serializer ? String(serializer(param)) : param.toString();
    });
  }

  private async execute<R extends SqlRow>(statement: Prepared, values: (string | null)[], syncToFs: boolean): Promise<SqlResult<R>> {
    const { rows, rowCount } = await this.exchange(bindExecuteSync(statement.name, values), syncToFs, statement.columns);
    return { rows: rows as R[], rowCount };
  }

  /** Sends `message` (ending with Sync) and reads the answer; throws the backend's error, as PGlite's `execProtocol` does. */
  private async exchange(message: Uint8Array, syncToFs: boolean, columns?: readonly Column[]): Promise<Answer> {
    if (this.stopped) throw this.stopped;
    const chunks: Buffer[] = [];
    // A chunk is a view of the module's memory, reused by the next: copied at once.
    await this.db.execProtocolRawStream(message, { syncToFs, onRawData: (chunk) => chunks.push(Buffer.from(chunk)) });
    const answer = readAnswer(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), this.db.parsers, columns);
    if (answer.error) {
      if (SESSION_ENDING.has(answer.error.severity ?? '')) this.stopped = new DatabaseStoppedError(answer.error);
      throw answer.error;
    }
    return answer;
  }

  private async forgetPrepared(): Promise<void> {
    this.prepared.clear();
    await this.exchange(serialize.query('DEALLOCATE ALL'), false);
  }
}
