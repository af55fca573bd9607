import { toAccount } from './accounts.js';
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
      // Every request looks its caller up: the session and its account in one statement. The session's columns
      // that share a name with the account's are renamed.
      const { rows } = await db.query(
        `SELECT a.*, s.token_hash, s.account_id, s.kind AS session_kind, s.csrf_secret, s.label, s.created_at AS session_created_at,
           s.expires_at, s.revoked_at
         FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`, [tokenHash, now]);
      const row = rows[0];
      return row && { ...toSession({ ...row, kind: row.session_kind, created_at: row.session_created_at }), account: toAccount(row) };
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
