import type { Application } from '@satupintu/core';
import { rowsByKey, type BatchedRead, type ReadBatcher } from './batched-reads.js';
import { flushingFirst, type DeferredKind, type WriteBuffer } from './deferred-writes.js';
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

/** `rows` cut, in order, into runs in which no id comes twice (one statement cannot update a row twice). */
function runsOfDistinctIds(rows: readonly UpdateRow[]): UpdateRow[][] {
  const runs: UpdateRow[][] = [];
  let ids = new Set<string>();
  for (const row of rows) {
    if (runs.length === 0 || ids.has(row.id)) {
      runs.push([]);
      ids = new Set();
    }
    runs.at(-1)!.push(row);
    ids.add(row.id);
  }
  return runs;
}

/**
 * Applications replaced at the versions their updates expect, any number in one statement (a second update of one
 * application waits for the next). One whose version moved on, or that is gone, fails the batch with its own
 * {@link StoreConflictError} or {@link StoreNotFoundError}; a receipt number taken with {@link StoreDuplicateError}.
 * The ids also go in as a list (`= ANY`), so the planner finds the rows by the primary key.
 */
const UPDATES: DeferredKind<UpdateRow> = {
  async send(db, rows) {
    for (const run of runsOfDistinctIds(rows)) {
      const { rows: updated } = await db.query(
        `UPDATE applications a SET permit_type = x.permit_type, state = x.state, receipt_number = x.receipt_number, data = x.data,
           updated_at = x.at, version = a.version + 1
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, version int, permit_type text, state text, receipt_number text, data jsonb, at timestamptz)
         WHERE a.id = x.id AND a.version = x.version AND a.id = ANY($2::text[])
         RETURNING a.id`,
        [json(run), run.map(({ id }) => id)],
      ).catch(rethrowDuplicate);
      if (updated.length === run.length) continue;
      const done = new Set(updated.map((row) => String(row.id)));
      const missed = run.find(({ id }) => !done.has(id))!;
      await throwVersionMiss(db, 'applications', 'application', missed.id, missed.version);
    }
  },
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
      ).catch(rethrowDuplicate);
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
      await writes.write(UPDATES, [{
        id, version, permit_type: next.permitType, state: next.state, receipt_number: next.receiptNumber ?? null, data: next, at,
      }]);
      if (next.receiptNumber !== undefined) changed(next.receiptNumber);
      return { application: next, ownerId, version: version + 1, updatedAt: instant(new Date(at)) };
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
