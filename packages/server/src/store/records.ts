import type { JsonValue } from '@satupintu/core';
import { filtered } from './filters.js';
import { instant, json, optionalText, pageOf, present } from './rows.js';
import { onUniqueViolation, type SqlExecutor, type SqlRow } from './sql-client.js';
import { throwVersionMiss } from './version-miss.js';
import { StoreDuplicateError, type RecordRepository, type VersionedRecord } from './types.js';

const toRecord = (row: SqlRow): VersionedRecord => ({
  id: String(row.id),
  ...present({ ref: optionalText(row.ref) }),
  data: row.data as JsonValue,
  version: Number(row.version),
  createdAt: instant(row.created_at),
  updatedAt: instant(row.updated_at),
});

/**
 * A collection of versioned JSON documents in `table` (one of the fixed supervision tables, never user input).
 * Updates are optimistic: `update` succeeds only at the expected version.
 */
export function recordRepository(db: SqlExecutor, table: string, entity: string): RecordRepository {
  return {
    async create(id, data, at, ref) {
      const { rows } = await db.query(
        `INSERT INTO ${table} (id, ref, data, version, created_at, updated_at) VALUES ($1, $2, $3::jsonb, 1, $4, $4) RETURNING *`,
        [id, ref ?? null, json(data), at]).catch(onUniqueViolation(() => new StoreDuplicateError(entity, 'id')));
      return toRecord(rows[0]!);
    },
    async get(id) {
      const { rows } = await db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
      return rows[0] && toRecord(rows[0]);
    },
    async update(id, expectedVersion, data, at) {
      const { rows } = await db.query(
        `UPDATE ${table} SET data = $3::jsonb, updated_at = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING *`,
        [id, expectedVersion, json(data), at]);
      return rows[0] ? toRecord(rows[0]) : throwVersionMiss(db, table, entity, id, expectedVersion);
    },
    async list(filter = {}) {
      const [limit, offset] = pageOf(filter);
      const query = filtered([[(p) => `ref = ${p}`, filter.ref]]);
      const { rows } = await db.query(
        `SELECT * FROM ${table} ${query.where} ORDER BY created_at, id LIMIT ${query.add(limit)} OFFSET ${query.add(offset)}`, query.params);
      return rows.map(toRecord);
    },
  };
}
