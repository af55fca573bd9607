import { filtered } from './filters.js';
import { json, instant, pageOf } from './rows.js';
import { onUniqueViolation, type SqlExecutor, type SqlRow } from './sql-client.js';
import { StoreConflictError, StoreDuplicateError, StoreNotFoundError, type AccountChanges, type AccountRecord, type AccountRepository } from './types.js';

/** An `accounts` row as its record. */
export const toAccount = (row: SqlRow): AccountRecord => ({
  id: String(row.id),
  kind: row.kind as AccountRecord['kind'],
  name: String(row.name),
  email: String(row.email),
  phone: String(row.phone),
  roles: row.roles as string[],
  passwordHash: String(row.password_hash),
  status: row.status as AccountRecord['status'],
  identity: row.identity as Record<string, string>,
  createdAt: instant(row.created_at),
  updatedAt: instant(row.updated_at),
  version: Number(row.version),
});

const rethrowDuplicate = onUniqueViolation((constraint) => new StoreDuplicateError('account', constraint.endsWith('pkey') ? 'id' : 'email'));

/** Accounts on `db` (a client or a transaction). */
export function accountRepository(db: SqlExecutor): AccountRepository {
  const get = async (id: string) => {
    const { rows } = await db.query('SELECT * FROM accounts WHERE id = $1', [id]);
    return rows[0] && toAccount(rows[0]);
  };
  return {
    async create(account) {
      const { rows } = await db.query(
        `INSERT INTO accounts (id, kind, name, email, phone, roles, password_hash, status, identity, created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9::jsonb, $10, $10, 1) RETURNING *`,
        [account.id, account.kind, account.name, account.email, account.phone, json(account.roles), account.passwordHash,
          account.status, json(account.identity), account.createdAt],
      ).catch(rethrowDuplicate);
      return toAccount(rows[0]!);
    },
    get,
    async findByEmail(email) {
      const { rows } = await db.query('SELECT * FROM accounts WHERE lower(email) = lower($1)', [email]);
      return rows[0] && toAccount(rows[0]);
    },
    async update(id, expectedVersion, changes: AccountChanges, at) {
      const current = await get(id);
      if (!current) throw new StoreNotFoundError('account', id);
      const next = { ...current, ...changes };
      const { rows } = await db.query(
        `UPDATE accounts SET name = $3, email = $4, phone = $5, roles = $6::jsonb, password_hash = $7, status = $8,
           identity = $9::jsonb, updated_at = $10, version = version + 1
         WHERE id = $1 AND version = $2 RETURNING *`,
        [id, expectedVersion, next.name, next.email, next.phone, json(next.roles), next.passwordHash, next.status, json(next.identity), at],
      ).catch(rethrowDuplicate);
      if (!rows[0]) throw new StoreConflictError('account', id, expectedVersion, current.version);
      return toAccount(rows[0]);
    },
    async list(filter = {}) {
      const [limit, offset] = pageOf(filter);
      const query = filtered([[(p) => `status = ${p}`, filter.status]]);
      const { rows } = await db.query(
        `SELECT * FROM accounts ${query.where} ORDER BY created_at, id LIMIT ${query.add(limit)} OFFSET ${query.add(offset)}`, query.params);
      return rows.map(toAccount);
    },
  };
}
