import { instant, optionalInstant, optionalText, present } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';
import type { SessionRecord, SessionRepository } from './types.js';

const toSession = (row: SqlRow): SessionRecord => ({
    tokenHash: String(row.token_hash),
    accountId: String(row.account_id),
    kind: row.kind as SessionRecord['kind'],
    csrfSecret: String(row.csrf_secret),
    createdAt: instant(row.created_at),
    expiresAt: instant(row.expires_at),
  ...present({ label: optionalText(row.label), revokedAt: optionalInstant(row.revoked_at) }),
});

/** Sessions and bearer tokens on `db`; only token hashes are stored. */
export function sessionRepository(db: SqlExecutor): SessionRepository {
  return {
    async create(session) {
      const { rows } = await db.query(
        `INSERT INTO sessions (token_hash, account_id, kind, csrf_secret, label, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [session.tokenHash, session.accountId, session.kind, session.csrfSecret, session.label ?? null, session.createdAt, session.expiresAt],
      );
      return toSession(rows[0]!);
    },
    async findActive(tokenHash, now) {
      const { rows } = await db.query(
        'SELECT * FROM sessions WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2', [tokenHash, now]);
      return rows[0] && toSession(rows[0]);
    },
    async revoke(tokenHash, at) {
      const result = await db.query('UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash, at]);
      return result.rowCount > 0;
    },
    async revokeAll(accountId, at) {
      const result = await db.query('UPDATE sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL', [accountId, at]);
      return result.rowCount;
    },
    async deleteExpired(now) {
      return (await db.query('DELETE FROM sessions WHERE expires_at <= $1', [now])).rowCount;
    },
  };
}
