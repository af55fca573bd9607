import { toAccount } from './accounts.js';
import { rowsByKey, type BatchedRead, type ReadBatcher } from './batched-reads.js';
import { instant, optionalInstant, optionalText, present } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';
import type { ActiveSession, Instant, SessionRecord, SessionRepository } from './types.js';

const toSession = (row: SqlRow): SessionRecord => ({
    tokenHash: String(row.token_hash),
    accountId: String(row.account_id),
    kind: row.kind as SessionRecord['kind'],
    csrfSecret: String(row.csrf_secret),
    createdAt: instant(row.created_at),
    expiresAt: instant(row.expires_at),
  ...present({ label: optionalText(row.label), revokedAt: optionalInstant(row.revoked_at) }),
});

/**
 * Every request looks its caller up: the session and its account in one statement, for all the requests that
 * `reads` gathers. The session's columns that share a name with the account's are renamed.
 */
const ACTIVE_SESSIONS: BatchedRead<{ tokenHash: string; now: Instant }, ActiveSession | undefined> = {
  async load(db, keys) {
    const { rows } = await db.query(
      `SELECT k.ord, x.* FROM unnest($1::text[], $2::timestamptz[]) WITH ORDINALITY AS k(token_hash, now, ord)
       JOIN LATERAL (
         SELECT a.*, s.token_hash, s.account_id, s.kind AS session_kind, s.csrf_secret, s.label, s.created_at AS session_created_at,
           s.expires_at, s.revoked_at
         FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = k.token_hash AND s.revoked_at IS NULL AND s.expires_at > k.now OFFSET 0) x ON true`,
      [keys.map(({ tokenHash }) => tokenHash), keys.map(({ now }) => now)]);
    return rowsByKey(rows, keys.length).map(([row]) =>
      row && { ...toSession({ ...row, kind: row.session_kind, created_at: row.session_created_at }), account: toAccount(row) });
  },
};

/** Sessions and bearer tokens on `db`; only token hashes are stored. */
export function sessionRepository(db: SqlExecutor, reads: ReadBatcher): SessionRepository {
  return {
    async create(session) {
      const { rows } = await db.query(
        `INSERT INTO sessions (token_hash, account_id, kind, csrf_secret, label, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [session.tokenHash, session.accountId, session.kind, session.csrfSecret, session.label ?? null, session.createdAt, session.expiresAt],
      );
      return toSession(rows[0]!);
    },
    findActive: (tokenHash, now) => reads.read(ACTIVE_SESSIONS, { tokenHash, now }),
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
