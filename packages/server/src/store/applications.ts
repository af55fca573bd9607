import type { Application } from '@satupintu/core';
import { rowsByKey, type BatchedRead, type ReadBatcher } from './batched-reads.js';
import { flushingFirst, type DeferredKind, type WriteBuffer } from './deferred-writes.js';
import { filtered } from './filters.js';
import { instant, json, pageOf } from './rows.js';
import { onUniqueViolation, uniqueViolationAs, type SqlExecutor, type SqlRow } from './sql-client.js';
import { StoreDuplicateError, StoreError, type ApplicationFilter, type ApplicationRepository, type StoredApplication } from './types.js';
import { throwVersionMiss } from './version-miss.js';

const toStored = (row: SqlRow): StoredApplication => ({
  application: row.data as Application,
  ownerId: String(row.owner_id),
  version: Number(row.version),
  updatedAt: instant(row.updated_at),
});

/** A unique violation of an applications constraint as the store's error (the combined write touches other tables too). */
const duplicate = (constraint: string) => new StoreDuplicateError('application', constraint.includes('receipt') ? 'receiptNumber' : 'id');
const APPLICATIONS_CONSTRAINTS = 'applications_';

/** Applications by id, as many as `reads` gathers in one statement. */
const APPLICATIONS_BY_ID: BatchedRead<string, StoredApplication | undefined> = {
  async load(db, ids) {
    const { rows } = await db.query(
      `SELECT k.ord, a.* FROM unnest($1::text[]) WITH ORDINALITY AS k(id, ord)
       JOIN LATERAL (SELECT * FROM applications WHERE id = k.id OFFSET 0) a ON true`,
      [ids]);
    return rowsByKey(rows, ids.length).map(([row]) => row && toStored(row));
  },
};

interface UpdateRow {
  readonly id: string;
  /** The version the update expects to replace. */
  readonly version: number;
  readonly permit_type: string;
  readonly state: string;
  readonly receipt_number: string | null;
  readonly data: Application;
  readonly at: string;
}

/**
 * Applications replaced at the versions their updates expect, any number in one statement (each at most once: see
 * `update`). One whose version moved on, or that is gone, fails the batch with its own {@link StoreConflictError}
 * or {@link StoreNotFoundError}; a receipt number taken with {@link StoreDuplicateError}. The ids also go in as a
 * list (`= ANY`), so the planner finds the rows by the primary key.
 */
const UPDATES: DeferredKind<UpdateRow> = {
  statements: (rows) => [{
    sql: `UPDATE applications a SET permit_type = x.permit_type, state = x.state, receipt_number = x.receipt_number, data = x.data,
            updated_at = x.at, version = a.version + 1
          FROM jsonb_to_recordset($1::jsonb) AS x(id text, version int, permit_type text, state text, receipt_number text, data jsonb, at timestamptz)
          WHERE a.id = x.id AND a.version = x.version AND a.id = ANY($2::text[])
          RETURNING a.id`,
    params: [json(rows), rows.map(({ id }) => id)],
  }],
  async check(db, rows, [updated = []]) {
    const done = new Set(updated.map((row) => String(row.id)));
    const missed = rows.find(({ id }) => !done.has(id));
    if (missed !== undefined) await throwVersionMiss(db, 'applications', 'application', missed.id, missed.version);
  },
  rethrow: uniqueViolationAs(duplicate, APPLICATIONS_CONSTRAINTS),
};

/**
 * Applications on `db`: core's object as JSONB, with indexed columns and an optimistic version. Updates go through
 * `writes` (inside a transaction, held back to its end: a group commit's updates then take one statement); every
 * statement of the repository writes them first, so it reads its own updates. `changed` hears the receipt number
 * of every application updated (after the commit, see `openStore`).
 */
export function applicationRepository(
  executor: SqlExecutor, reads: ReadBatcher, writes: WriteBuffer, changed: (receiptNumber: string) => void = () => undefined,
): ApplicationRepository {
  const db = flushingFirst(executor, writes, UPDATES);
  return {
    async create(application, ownerId, at) {
      const { rows } = await db.query(
        `INSERT INTO applications (id, owner_id, permit_type, state, receipt_number, data, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, 1, $7, $7) RETURNING *`,
        [application.id, ownerId, application.permitType, application.state, application.receiptNumber ?? null, json(application), at],
      ).catch(onUniqueViolation(duplicate, APPLICATIONS_CONSTRAINTS));
      return toStored(rows[0]!);
    },
    get: (id) => reads.read(APPLICATIONS_BY_ID, id),
    async getByReceiptNumber(receiptNumber) {
      const { rows } = await db.query('SELECT * FROM applications WHERE receipt_number = $1', [receiptNumber]);
      return rows[0] && toStored(rows[0]);
    },
    async update(current, next, at) {
      const { application: { id }, version, ownerId } = current;
      if (next.id !== id) throw new StoreError('store.id-mismatch', `the application given is ${next.id}, not ${id}`, 'id');
      // One statement cannot update a row twice: a second update of an application waits for the first to be written.
      if (writes.held(UPDATES).some((row) => row.id === id)) await writes.flush(UPDATES);
      await writes.write(UPDATES, [{
        id, version, permit_type: next.permitType, state: next.state, receipt_number: next.receiptNumber ?? null, data: next, at,
      }]);
      if (next.receiptNumber !== undefined) changed(next.receiptNumber);
      return { application: next, ownerId, version: version + 1, updatedAt: instant(new Date(at)) };
    },
    async list(filter: ApplicationFilter = {}) {
      const [limit, offset] = pageOf(filter);
      const query = filtered([
        [(p) => `owner_id = ${p}`, filter.ownerId], [(p) => `state = ANY(${p}::text[])`, filter.states],
        [(p) => `permit_type = ${p}`, filter.permitType],
      ]);
      const { rows } = await db.query(
        `SELECT * FROM applications ${query.where} ORDER BY updated_at DESC, id LIMIT ${query.add(limit)} OFFSET ${query.add(offset)}`,
        query.params);
      return rows.map(toStored);
    },
  };
}
