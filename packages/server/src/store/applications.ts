import type { Application } from '@satupintu/core';
import { instant, json, pageOf } from './rows.js';
import { onUniqueViolation, type SqlExecutor, type SqlRow } from './sql-client.js';
import { StoreDuplicateError, StoreError, type ApplicationFilter, type ApplicationRepository, type StoredApplication } from './types.js';
import { throwVersionMiss } from './version-miss.js';

const toStored = (row: SqlRow): StoredApplication => ({
  application: row.data as Application,
  ownerId: String(row.owner_id),
  version: Number(row.version),
  updatedAt: instant(row.updated_at),
});

const rethrowDuplicate = onUniqueViolation((constraint) =>
  new StoreDuplicateError('application', constraint.includes('receipt') ? 'receiptNumber' : 'id'));

/**
 * Applications on `db`: core's object as JSONB, with indexed columns and an optimistic version. `changed` hears the
 * receipt number of every application updated (after the commit, see `openStore`).
 */
export function applicationRepository(db: SqlExecutor, changed: (receiptNumber: string) => void = () => undefined): ApplicationRepository {
  return {
    async create(application, ownerId, at) {
      const { rows } = await db.query(
        `INSERT INTO applications (id, owner_id, permit_type, state, receipt_number, data, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, 1, $7, $7) RETURNING *`,
        [application.id, ownerId, application.permitType, application.state, application.receiptNumber ?? null, json(application), at],
      ).catch(rethrowDuplicate);
      return toStored(rows[0]!);
    },
    async get(id) {
      const { rows } = await db.query('SELECT * FROM applications WHERE id = $1', [id]);
      return rows[0] && toStored(rows[0]);
    },
    async getByReceiptNumber(receiptNumber) {
      const { rows } = await db.query('SELECT * FROM applications WHERE receipt_number = $1', [receiptNumber]);
      return rows[0] && toStored(rows[0]);
    },
    async update(id, expectedVersion, next, at) {
      if (next.id !== id) throw new StoreError('store.id-mismatch', `the application given is ${next.id}, not ${id}`, 'id');
      const { rows } = await db.query(
        `UPDATE applications SET permit_type = $3, state = $4, receipt_number = $5, data = $6::jsonb, updated_at = $7, version = version + 1
         WHERE id = $1 AND version = $2 RETURNING *`,
        [id, expectedVersion, next.permitType, next.state, next.receiptNumber ?? null, json(next), at],
      ).catch(rethrowDuplicate);
      if (!rows[0]) return throwVersionMiss(db, 'applications', 'application', id, expectedVersion);
      const updated = toStored(rows[0]);
      if (updated.application.receiptNumber !== undefined) changed(updated.application.receiptNumber);
      return updated;
    },
    async list(filter: ApplicationFilter = {}) {
      const [limit, offset] = pageOf(filter);
      const { rows } = await db.query(
        `SELECT * FROM applications
         WHERE ($1::text IS NULL OR owner_id = $1)
           AND ($2::jsonb IS NULL OR $2::jsonb ? state)
           AND ($3::text IS NULL OR permit_type = $3)
         ORDER BY updated_at DESC, id LIMIT $4 OFFSET $5`,
        [filter.ownerId ?? null, filter.states ? json(filter.states) : null, filter.permitType ?? null, limit, offset],
      );
      return rows.map(toStored);
    },
  };
}
