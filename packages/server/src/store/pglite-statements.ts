import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import { isDataStatement, MAX_PREPARED } from './prepared-statements.js';
import type { SqlParam, SqlResult, SqlRow } from './sql-client.js';

const { serialize } = protocol;

interface Prepared {
  readonly name: string;
  /** The parameters' type oids, as the server inferred them. */
  readonly paramTypes: readonly number[];
}

/**
 * Runs statements on PGlite with the extended protocol, one call into the database per statement: PGlite's own
 * `query` makes six (parse, describe, bind, describe, execute, sync) and parses and plans the text every time. Each
 * data statement is parsed once as a named prepared statement (which outlives a rollback, as in PostgreSQL), then
 * each run sends bind, describe, execute and sync together. Parameters are serialised and rows decoded with the
 * instance's own serializers and parsers, as `query` does. A schema change drops every prepared statement, so none
 * keeps a stale row type. The caller serialises access (one connection).
 */
export class PgliteStatements {
  private readonly prepared = new Map<string, Promise<Prepared>>();
  private nextName = 0;

  constructor(private readonly db: PGlite) {}

  /** Runs one parameterised statement; `syncToFs` after it (outside a transaction, as PGlite's `query` does). */
  async run<R extends SqlRow>(sql: string, params: readonly SqlParam[], syncToFs: boolean): Promise<SqlResult<R>> {
    const schemaChange = !isDataStatement(sql);
    if (schemaChange) await this.forgetPrepared();
    const statement = schemaChange ? await this.describe(sql, '') : await this.prepare(sql);
    return this.execute<R>(statement.name, this.values(statement.paramTypes, params), syncToFs);
  }

  /** Runs a simple-protocol command (BEGIN, COMMIT, ROLLBACK) and returns its command tag. */
  async command(sql: string, syncToFs: boolean): Promise<string | undefined> {
    const { messages } = await this.db.execProtocol(serialize.query(sql), { syncToFs });
    return parse.parseResults(messages, this.db.parsers)[0]?.command;
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
    const { messages } = await this.db.execProtocol(
      Buffer.concat([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()]), { syncToFs: false });
    return { name, paramTypes: parse.parseDescribeStatementResults(messages) };
  }

  private values(paramTypes: readonly number[], params: readonly SqlParam[]): (string | null)[] {
    return params.map((param, index) => {
      if (param === null || param === undefined) return null;
      const serializer = this.db.serializers[paramTypes[index] ?? -1];
      return serializer ? String(serializer(param)) : param.toString();
    });
  }

  private async execute<R extends SqlRow>(statement: string, values: (string | null)[], syncToFs: boolean): Promise<SqlResult<R>> {
    const { messages } = await this.db.execProtocol(Buffer.concat([
      serialize.bind({ statement, values }), serialize.describe({ type: 'P' }), serialize.execute(), serialize.sync(),
    ]), { syncToFs });
    const [result] = parse.parseResults(messages, this.db.parsers);
    const rows = (result?.rows ?? []) as R[];
    return { rows, rowCount: result?.affectedRows ?? rows.length };
  }

  private async forgetPrepared(): Promise<void> {
    this.prepared.clear();
    await this.db.execProtocol(serialize.query('DEALLOCATE ALL'), { syncToFs: false });
  }
}
