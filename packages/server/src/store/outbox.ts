import { randomUUID } from 'node:crypto';
import type { LocalizedText } from '@satupintu/core';
import { flushingFirst, type DeferredKind, type WriteBuffer } from './deferred-writes.js';
import { filtered } from './filters.js';
import { claimRows, DEFAULT_LEASE_MS } from './lease.js';
import { instant, json, optionalInstant, optionalText, pageOf, present } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';
import type { OutboxMessage, OutboxRepository } from './types.js';

const toMessage = (row: SqlRow): OutboxMessage => ({
    id: String(row.id),
    channel: row.channel as OutboxMessage['channel'],
    recipient: String(row.recipient),
    message: row.message as LocalizedText,
    status: row.status as OutboxMessage['status'],
    attempts: Number(row.attempts),
    nextAttemptAt: instant(row.next_attempt_at),
    createdAt: instant(row.created_at),
    ...present({ claimedBy: optionalText(row.claimed_by), sentAt: optionalInstant(row.sent_at), lastError: optionalText(row.last_error), subjectId: optionalText(row.subject_id) }),
});

interface OutboxRow {
  readonly id: string;
  readonly channel: OutboxMessage['channel'];
  readonly recipient: string;
  readonly message: LocalizedText;
  readonly subject_id: string | null;
  readonly at: string;
}

/** Queued messages, any number in one statement: the rows travel as one JSON array, inserted in its order (`seq`). */
const OUTBOX_ROWS: DeferredKind<OutboxRow> = {
  statements: (rows) => [{
    sql: `INSERT INTO outbox (id, channel, recipient, message, subject_id, status, next_attempt_at, created_at)
          SELECT id, channel, recipient, message, subject_id, 'pending', at, at
          FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id text, channel text, recipient text, message jsonb, subject_id text, at timestamptz))
            WITH ORDINALITY AS m(id, channel, recipient, message, subject_id, at, n)
          ORDER BY n RETURNING 1`,
    params: [json(rows)],
  }],
};

/** The notifications outbox on `db`; `enqueueAll` goes through `writes` (held back to the end of a transaction). */
export function outboxRepository(executor: SqlExecutor, writes: WriteBuffer): OutboxRepository {
  const db = flushingFirst(executor, writes, OUTBOX_ROWS);
  return {
    async enqueue(message) {
      const { rows } = await db.query(
        `INSERT INTO outbox (id, channel, recipient, message, subject_id, status, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, 'pending', $6, $6) RETURNING *`,
        [randomUUID(), message.channel, message.recipient, json(message.message), message.subjectId ?? null, message.at]);
      return toMessage(rows[0]!);
    },
    async enqueueAll(messages) {
      await writes.write(OUTBOX_ROWS, messages.map((message) => ({
        id: randomUUID(), channel: message.channel, recipient: message.recipient, message: message.message,
        subject_id: message.subjectId ?? null, at: message.at,
      })));
      return messages.length;
    },
    async claimDue(now, limit, instanceId, leaseMs = DEFAULT_LEASE_MS) {
      return (await claimRows(db, { table: 'outbox', dueColumn: 'next_attempt_at' }, now, limit, instanceId, leaseMs)).map(toMessage);
    },
    async markSent(id, instanceId, at) {
      const result = await db.query(
        `UPDATE outbox SET status = 'sent', sent_at = $3, lease_until = NULL WHERE id = $1 AND claimed_by = $2 AND status = 'pending'`,
        [id, instanceId, at]);
      return result.rowCount > 0;
    },
    async markFailed(id, instanceId, error, retryAt) {
      const result = await db.query(
        `UPDATE outbox SET last_error = $3, lease_until = NULL, claimed_by = NULL,
           status = CASE WHEN $4::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
           next_attempt_at = COALESCE($4::timestamptz, next_attempt_at)
         WHERE id = $1 AND claimed_by = $2 AND status = 'pending'`, [id, instanceId, error.slice(0, 2000), retryAt ?? null]);
      return result.rowCount > 0;
    },
    async get(id) {
      const { rows } = await db.query('SELECT * FROM outbox WHERE id = $1', [id]);
      return rows[0] && toMessage(rows[0]);
    },
    async list(filter = {}) {
      const [limit, offset] = pageOf(filter);
      const query = filtered([[(p) => `status = ${p}`, filter.status]]);
      const { rows } = await db.query(
        `SELECT * FROM outbox ${query.where} ORDER BY created_at, seq LIMIT ${query.add(limit)} OFFSET ${query.add(offset)}`, query.params);
      return rows.map(toMessage);
    },
  };
}
