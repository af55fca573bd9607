import type { LocalizedText } from '@satupintu/core';
import { instant, json, pageOf, present } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';
import type { ServiceStatusNotice, ServiceStatusRepository } from './types.js';

const toNotice = (row: SqlRow): ServiceStatusNotice => ({
  id: String(row.id),
  status: row.status as ServiceStatusNotice['status'],
  since: instant(row.since),
  ...present({ message: (row.message ?? undefined) as LocalizedText | undefined }),
  declaredBy: String(row.declared_by),
  createdAt: instant(row.created_at),
});

/** Service-status notices (APP-11) on `db`, in the order they were declared. */
export function serviceStatusRepository(db: SqlExecutor): ServiceStatusRepository {
  return {
    async add(notice) {
      const { rows } = await db.query(
        `INSERT INTO service_status (id, status, since, message, declared_by, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
         RETURNING id, status, since, message, declared_by, created_at`,
        [notice.id, notice.status, notice.since, notice.message ? json(notice.message) : null, notice.declaredBy, notice.createdAt]);
      return toNotice(rows[0]!);
    },
    async current() {
      const { rows } = await db.query('SELECT * FROM service_status ORDER BY n DESC LIMIT 1');
      return rows[0] && toNotice(rows[0]);
    },
    async list(page) {
      const [limit, offset] = pageOf(page);
      const { rows } = await db.query('SELECT * FROM service_status ORDER BY n DESC LIMIT $1 OFFSET $2', [limit, offset]);
      return rows.map(toNotice);
    },
  };
}
