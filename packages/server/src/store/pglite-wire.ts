import { protocol } from '@electric-sql/pglite';
import type { SqlRow } from './sql-client.js';

const { DatabaseError } = protocol.messages;
type DatabaseError = InstanceType<typeof DatabaseError>;

/** A result column: its name and type oid. */
export interface Column {
  readonly name: string;
  readonly typeId: number;
}

/** Text of a column's value → the value, by type oid (PGlite's own parsers). */
export type Parsers = Readonly<Record<number, (text: string, typeId: number) => unknown>>;

/** What the backend answered to one batch of messages. */
export interface Answer {
  /** The parameters' type oids (a statement's description). */
  readonly paramTypes: number[];
  /** The columns of the rows (a statement's description; undefined: it returns none). */
  readonly columns?: Column[];
  readonly rows: SqlRow[];
  /** The last command tag, e.g. `UPDATE 3`. */
  readonly command?: string;
  /** Its row count (as `pg` reports it: the tag's number, also for SELECT). */
  readonly rowCount: number;
  /** The first error the backend sent, with the fields `pg` errors have (`code`, `constraint`…). */
  readonly error?: DatabaseError;
}

const BIND = 0x42;
/** Execute the unnamed portal with no row limit, then Sync. */
const EXECUTE_SYNC = Buffer.from([0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0x53, 0, 0, 0, 4]);
const NULL_VALUE = -1;

/**
 * Bind (text parameters, text results) of the prepared `statement` to the unnamed portal, Execute and Sync, as one
 * buffer. Written here rather than with PGlite's serializer, which measures and copies each string in JavaScript:
 * a group commit's parameters are tens of kilobytes of JSON.
 */
export function bindExecuteSync(statement: string, values: readonly (string | null)[]): Buffer {
  const encoded = values.map((value) => (value === null ? null : Buffer.from(value, 'utf8')));
  const length = 4 + 1 + Buffer.byteLength(statement) + 1 + 2 + 2 * encoded.length + 2
    + encoded.reduce((sum, value) => sum + 4 + (value?.length ?? 0), 0) + 2;
  const message = Buffer.allocUnsafe(1 + length + EXECUTE_SYNC.length);
  let at = message.writeUInt8(BIND, 0);
  at = message.writeInt32BE(length, at);
  at = message.writeUInt8(0, at); // the unnamed portal
  at += message.write(statement, at, 'utf8');
  at = message.writeUInt8(0, at);
  at = message.writeInt16BE(encoded.length, at);
  for (let index = 0; index < encoded.length; index++) at = message.writeInt16BE(0, at); // each parameter in text
  at = message.writeInt16BE(encoded.length, at);
  for (const value of encoded) {
    at = message.writeInt32BE(value === null ? NULL_VALUE : value.length, at);
    if (value !== null) at += value.copy(message, at);
  }
  at = message.writeInt16BE(0, at); // every column in text
  EXECUTE_SYNC.copy(message, at);
  return message;
}

/** A NUL-terminated string at `at`, and where the next field starts. */
function cstring(bytes: Buffer, at: number): [string, number] {
  const end = bytes.indexOf(0, at);
  return [bytes.toString('utf8', at, end), end + 1];
}

function readColumns(bytes: Buffer, start: number): Column[] {
  const count = bytes.readInt16BE(start);
  const columns: Column[] = [];
  let at = start + 2;
  for (let index = 0; index < count; index++) {
    const [name, next] = cstring(bytes, at);
    columns.push({ name, typeId: bytes.readInt32BE(next + 6) });
    at = next + 18; // table oid, column number, type oid, size, modifier, format
  }
  return columns;
}

function readRow(bytes: Buffer, start: number, columns: readonly Column[], parsers: Parsers): SqlRow {
  const row: SqlRow = {};
  let at = start + 2;
  for (const { name, typeId } of columns) {
    const length = bytes.readInt32BE(at);
    at += 4;
    if (length === NULL_VALUE) {
      row[name] = null;
      continue;
    }
    const text = bytes.toString('utf8', at, at + length);
    const parse = parsers[typeId];
    row[name] = parse ? parse(text, typeId) : text;
    at += length;
  }
  return row;
}

/** The error fields PGlite (and `pg`) put on a DatabaseError, by their protocol codes. */
const ERROR_FIELDS: Readonly<Record<string, string>> = {
  S: 'severity', C: 'code', D: 'detail', H: 'hint', P: 'position', p: 'internalPosition', q: 'internalQuery', W: 'where',
  s: 'schema', t: 'table', c: 'column', d: 'dataType', n: 'constraint', F: 'file', L: 'line', R: 'routine',
};

function readError(bytes: Buffer, start: number, end: number): DatabaseError {
  const fields: Record<string, string> = {};
  for (let at = start; at < end && bytes[at] !== 0;) {
    const code = String.fromCharCode(bytes[at]!);
    const [value, next] = cstring(bytes, at + 1);
    fields[code] = value;
    at = next;
  }
  const error = new DatabaseError(fields.M ?? 'database error', end - start + 4, 'error');
  for (const [code, field] of Object.entries(ERROR_FIELDS)) {
    if (fields[code] !== undefined) Object.assign(error, { [field]: fields[code] });
  }
  return error;
}

/**
 * The backend's answer to one batch, from its raw messages: rows decoded by `columns` (or the row description in
 * the answer) with `parsers`. Only what the store sends for is read (descriptions, rows, command tags, errors).
 */
export function readAnswer(bytes: Buffer, parsers: Parsers, columns?: readonly Column[]): Answer {
  let paramTypes: number[] = [];
  let described: Column[] | undefined;
  const rows: SqlRow[] = [];
  let command: string | undefined;
  let rowCount = 0;
  let error: DatabaseError | undefined;
  for (let at = 0; at + 5 <= bytes.length;) {
    const type = String.fromCharCode(bytes[at]!);
    const end = at + 1 + bytes.readInt32BE(at + 1);
    const body = at + 5;
    if (type === 'D') rows.push(readRow(bytes, body, described ?? columns ?? [], parsers));
    else if (type === 'C') {
      [command] = cstring(bytes, body);
      const counted = Number(command.slice(command.lastIndexOf(' ') + 1));
      rowCount = Number.isInteger(counted) ? counted : rows.length;
    } else if (type === 'T') described = readColumns(bytes, body);
    else if (type === 't') paramTypes = Array.from({ length: bytes.readInt16BE(body) }, (_, index) => bytes.readInt32BE(body + 2 + 4 * index));
    else if (type === 'E') error ??= readError(bytes, body, end);
    at = end;
  }
  return { paramTypes, ...(described && { columns: described }), rows, ...(command !== undefined && { command }), rowCount, ...(error && { error }) };
}
