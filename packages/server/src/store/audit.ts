import {
  canonicalize, checkAuditEntry, DEFAULT_MAX_ENTRY_BYTES, fail, leafHash, ok, type AuditEntry, type AuditEntryInput, type Result,
} from '@satupintu/core';
import { readAuditHead, type AuditCache } from './audit-cache.js';
import { flushingFirst, immediateWrites, type DeferredKind, type WriteBuffer } from './deferred-writes.js';
import { filtered } from './filters.js';
import { json } from './rows.js';
import type { SqlExecutor, SqlParam } from './sql-client.js';
import type { AuditRepository } from './types.js';

const encoder = new TextEncoder();

/** How the audit repository reaches the database: for reads, and for an append's transaction. */
export interface AuditAccess {
  readonly db: SqlExecutor;
  /** Runs `fn` in a transaction: the surrounding one inside `store.transaction`, else a new one. */
  readonly inTransaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) => Promise<T>;
  /** Inside a transaction: what its own appends so far know (see {@link OwnAppends}). */
  readonly ownAppends?: OwnAppends;
  /** Where the entries go: inside a transaction, held back to its end (see {@link WriteBuffer}). */
  readonly writes: WriteBuffer;
}

/**
 * A transaction's own appends: `from` is the log's size before its first append (it holds the log's lock from then
 * on), so Merkle reads there never cache its uncommitted entries; `next` is the seq its next append takes, so only
 * the first append reads (and locks) the head row.
 */
export interface OwnAppends {
  from: number | undefined;
  next: number | undefined;
}

interface EntryRow {
  readonly seq: number;
  readonly line: string;
  /** Hex. */
  readonly leaf_hash: string;
  readonly action: string;
  readonly subject_type: string;
  readonly subject_id: string;
}

/** Entries, any number in one statement with the head moved past the last (rows in `seq` order, gap-free). */
const AUDIT_ENTRIES: DeferredKind<EntryRow> = {
  statements: (rows) => [
    {
      sql: `INSERT INTO audit_entries (seq, line, leaf_hash, action, subject_type, subject_id)
            SELECT seq, line, decode(leaf_hash, 'hex'), action, subject_type, subject_id
            FROM jsonb_to_recordset($1::jsonb) AS x(seq bigint, line text, leaf_hash text, action text, subject_type text, subject_id text)
            RETURNING 1`,
      params: [json(rows)],
    },
    { sql: 'UPDATE audit_head SET next_seq = $1 WHERE id = 1 RETURNING 1', params: [rows[rows.length - 1]!.seq + 1] },
  ],
};

/** Core's correction rule (AUD-03) against the committed log: the target exists and concerns the same subject. */
function checkCorrection(cache: AuditCache, entry: AuditEntryInput, seq: number): Result<true> {
  if (entry.corrects === undefined) return ok(true);
  const target = entry.corrects < seq ? cache.core.entry(entry.corrects) : undefined;
  if (!target) {
    return fail('audit.correction-target-missing', {
      id: `Koreksi merujuk entri ${entry.corrects} yang belum ada (AUD-03).`,
      en: `The correction refers to entry ${entry.corrects}, which does not exist yet (AUD-03).`,
    }, 'corrects');
  }
  if (target.subject.type !== entry.subject.type || target.subject.id !== entry.subject.id) {
    return fail('audit.correction-subject-mismatch', {
      id: 'Koreksi harus mengenai subjek yang sama dengan entri yang dikoreksi (AUD-03).',
      en: 'A correction must concern the same subject as the entry it corrects (AUD-03).',
    }, 'subject');
  }
  return ok(true);
}

/**
 * Appends under the log's lock (`SELECT … FOR UPDATE` on the single head row, held to commit): appends from every
 * instance are serialised, `seq` is gap-free, and the entry commits or rolls back with the caller's transaction.
 * Only a transaction's first append reads the head; its entries and the head's move are written in one statement
 * when it ends (`writes`).
 */
async function appendEntry(tx: SqlExecutor, writes: WriteBuffer, cache: AuditCache, input: AuditEntryInput, own?: OwnAppends): Promise<Result<AuditEntry>> {
  const seq = own?.next ?? await readAuditHead(tx, true);
  const checked = checkAuditEntry(input, false);
  if (!checked.ok) return checked;
  // Only a correction needs the committed log in memory; plain appends leave catching up to the next Merkle read.
  if (checked.value.corrects !== undefined) await cache.sync(tx, own?.from ?? seq);
  const correction = checkCorrection(cache, checked.value, seq);
  if (!correction.ok) return correction;
  const canonical = canonicalize({ seq, ...checked.value });
  if (!canonical.ok) return canonical;
  const line = encoder.encode(canonical.value);
  if (line.length > DEFAULT_MAX_ENTRY_BYTES) {
    return fail('audit.entry-too-large', {
      id: `Entri melebihi ${DEFAULT_MAX_ENTRY_BYTES} bita.`,
      en: `The entry exceeds ${DEFAULT_MAX_ENTRY_BYTES} bytes.`,
    });
  }
  const entry = JSON.parse(canonical.value) as AuditEntry;
  await writes.write(AUDIT_ENTRIES, [{
    seq, line: canonical.value, leaf_hash: Buffer.from(await leafHash(line)).toString('hex'),
    action: entry.action, subject_type: entry.subject.type, subject_id: entry.subject.id,
  }]);
  if (own) {
    own.from ??= seq;
    own.next = seq + 1;
  }
  return ok(entry);
}

/** The audit log on `access`, with this instance's `cache` for Merkle reads. */
export function auditRepository(access: AuditAccess, cache: AuditCache): AuditRepository {
  const { ownAppends } = access;
  const db = flushingFirst(access.db, access.writes, AUDIT_ENTRIES);
  const synced = async () => cache.sync(db, ownAppends?.from);
  const lines = async (sql: string, params: readonly SqlParam[]) =>
    (await db.query<{ line: string }>(sql, params)).rows.map((row) => String(row.line));
  return {
    // Outside a transaction the append is a transaction of its own, written at once.
    append: (input) => access.inTransaction((tx) => appendEntry(tx, ownAppends ? access.writes : immediateWrites(tx), cache, input, ownAppends)),
    size: () => readAuditHead(db),
    async entry(seq) {
      if (!Number.isSafeInteger(seq) || seq < 0) return undefined;
      const [line] = await lines('SELECT line FROM audit_entries WHERE seq = $1', [seq]);
      return line === undefined ? undefined : JSON.parse(line) as AuditEntry;
    },
    async entriesFor(subjectType, subjectId) {
      const found = await lines('SELECT line FROM audit_entries WHERE subject_type = $1 AND subject_id = $2 ORDER BY seq', [subjectType, subjectId]);
      return found.map((line) => JSON.parse(line) as AuditEntry);
    },
    async exportLines(from = 0, to) {
      const query = filtered([[(p) => `seq >= ${p}`, Math.max(0, Math.trunc(from))], [(p) => `seq < ${p}`, to === undefined ? undefined : Math.trunc(to)]]);
      return lines(`SELECT line FROM audit_entries ${query.where} ORDER BY seq`, query.params);
    },
    async checkpoint(origin, size) {
      await synced();
      return cache.core.checkpoint(origin, size);
    },
    async inclusionProof(seq, treeSize) {
      await synced();
      return cache.core.inclusionProof(seq, treeSize);
    },
    async consistencyProof(size1, size2) {
      await synced();
      return cache.core.consistencyProof(size1, size2);
    },
  };
}
