import type {
  Application, ApplicationState, AuditEntry, AuditEntryInput, Checkpoint, InclusionProof, JsonValue, LocalizedText, Result,
} from '@satupintu/core';
import type { TableUpkeep } from './table-upkeep.js';
import type { CheckpointLimits, WalCheckpoint } from './wal-checkpoints.js';

// ---------------------------------------------------------------------------------------------------------------
// Common
// ---------------------------------------------------------------------------------------------------------------

/** What one {@link Store.upkeep} did. */
export interface StoreUpkeep {
  /** The tables vacuumed and analysed. */
  readonly tables: readonly TableUpkeep[];
  /** The checkpoint made, if one was due. */
  readonly checkpoint?: WalCheckpoint;
}

/** Which driver a store runs on: the embedded PGlite default, or a PostgreSQL server. */
export type StoreKind = 'embedded' | 'postgres';

/** How to open a store: a PostgreSQL URL selects PostgreSQL, else the embedded store in `dataDir`. */
export interface StoreOptions {
  /** `postgres://…` URL (env `SATUPINTU_DATABASE_URL`); when set, the PostgreSQL driver is used. */
  readonly databaseUrl?: string;
  /** Directory of the embedded store (env `SATUPINTU_DATA_DIR`, default `./data`). Ignored with `databaseUrl`. */
  readonly dataDir?: string;
  /** Name of this server instance in job and outbox claims; a random id by default. */
  readonly instanceId?: string;
  /** Largest pool of PostgreSQL connections (default 10). */
  readonly maxConnections?: number;
  /** Most units of work sharing one transaction in `groupTransaction` (default 64). */
  readonly maxGroupSize?: number;
  /** When the embedded store's upkeep makes a checkpoint; PostgreSQL's `checkpoint_timeout` and `max_wal_size` by default. */
  readonly checkpointLimits?: Partial<CheckpointLimits>;
}

/**
 * Every instant the store records is given by the caller as an ISO timestamp with offset (the server's clock); the
 * store keeps it as `timestamptz` and reads it back as the same instant in UTC (`…Z`).
 */
export type Instant = string;

/** Paging of a list: at most `limit` rows (default 100, at most 1000), skipping `offset`. */
export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts and sessions
// ---------------------------------------------------------------------------------------------------------------

/** The state of an access right (ACC-01): requested, granted, refused or blocked. */
export type AccountStatus = 'pending' | 'active' | 'refused' | 'blocked';

/** An account as stored. `email` is unique without regard to case; `passwordHash` is opaque to the store. */
export interface AccountRecord {
  readonly id: string;
  readonly kind: 'person' | 'business';
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly roles: readonly string[];
  readonly passwordHash: string;
  readonly status: AccountStatus;
  /** Identity fields (nik, npwp, nib, companyName…) as the HTTP layer validated them. */
  readonly identity: Readonly<Record<string, string>>;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
  /** Optimistic-concurrency version: 1 at creation, +1 on each update. */
  readonly version: number;
}

/** A new account: everything but the version and update time. */
export type NewAccount = Omit<AccountRecord, 'version' | 'updatedAt'>;

/** The fields of an account that may change. */
export type AccountChanges = Partial<Pick<AccountRecord, 'name' | 'email' | 'phone' | 'roles' | 'passwordHash' | 'status' | 'identity'>>;

/** Accounts. */
export interface AccountRepository {
  /** Creates an account; a taken e-mail (any case) throws {@link StoreDuplicateError} with field `email`. */
  create(account: NewAccount): Promise<AccountRecord>;
  get(id: string): Promise<AccountRecord | undefined>;
  /** The account with this e-mail, compared without regard to case. */
  findByEmail(email: string): Promise<AccountRecord | undefined>;
  /** Applies `changes` if the account is still at `expectedVersion`, else throws {@link StoreConflictError}. */
  update(id: string, expectedVersion: number, changes: AccountChanges, at: Instant): Promise<AccountRecord>;
  /** Accounts, oldest first, optionally only those with `status`. */
  list(filter?: { readonly status?: AccountStatus } & Page): Promise<AccountRecord[]>;
}

/** A cookie session or an integrator's bearer token. Only the SHA-256 of the token is ever stored. */
export interface SessionRecord {
  readonly tokenHash: string;
  readonly accountId: string;
  readonly kind: 'session' | 'token';
  /** Secret the CSRF token is derived from / compared with (sessions only; empty for bearer tokens). */
  readonly csrfSecret: string;
  /** A label the integrator gave a bearer token. */
  readonly label?: string;
  readonly createdAt: Instant;
  readonly expiresAt: Instant;
  readonly revokedAt?: Instant;
}

/** A live session (or bearer token) with the account it belongs to, as one lookup finds them. */
export interface ActiveSession extends SessionRecord {
  readonly account: AccountRecord;
}

/** Sessions and bearer tokens. */
export interface SessionRepository {
  create(session: Omit<SessionRecord, 'revokedAt'>): Promise<SessionRecord>;
  /** The session with this token hash if it is neither revoked nor expired at `now`, with its account (any status). */
  findActive(tokenHash: string, now: Instant): Promise<ActiveSession | undefined>;
  /** Revokes one session; false when there was no such live session. */
  revoke(tokenHash: string, at: Instant): Promise<boolean>;
  /** Revokes every live session of an account (on blocking, password change); returns how many. */
  revokeAll(accountId: string, at: Instant): Promise<number>;
  /** Deletes sessions that expired before `now`; returns how many. */
  deleteExpired(now: Instant): Promise<number>;
}

// ---------------------------------------------------------------------------------------------------------------
// Applications and documents
// ---------------------------------------------------------------------------------------------------------------

/** Core's `Application` with the account that owns it and its optimistic-concurrency version. */
export interface StoredApplication {
  readonly application: Application;
  readonly ownerId: string;
  /** 1 at creation, +1 on each update. */
  readonly version: number;
  readonly updatedAt: Instant;
}

/** Which applications to list (all conditions must hold); newest update first. */
export interface ApplicationFilter extends Page {
  readonly ownerId?: string;
  readonly states?: readonly ApplicationState[];
  readonly permitType?: string;
}

/** Applications: core's object as JSON plus indexed columns (owner, permit type, state, receipt number). */
export interface ApplicationRepository {
  /** Stores a new application at version 1; a taken id or receipt number throws {@link StoreDuplicateError}. */
  create(application: Application, ownerId: string, at: Instant): Promise<StoredApplication>;
  get(id: string): Promise<StoredApplication | undefined>;
  getByReceiptNumber(receiptNumber: string): Promise<StoredApplication | undefined>;
  /**
   * Replaces `current` (the application as the caller read it) with `next` if it is still at `current.version` (no
   * lost updates), else throws {@link StoreConflictError}; a missing application throws {@link StoreNotFoundError};
   * a receipt number already used by another application throws {@link StoreDuplicateError}. Inside a transaction
   * the update is written when the transaction ends (with the others held back, in one statement): those errors
   * then come from the transaction, and the application as updated is returned at once.
   * @example const next = await tx.applications.update(current, { ...current.application, details }, now);
   */
  update(current: StoredApplication, next: Application, at: Instant): Promise<StoredApplication>;
  list(filter?: ApplicationFilter): Promise<StoredApplication[]>;
}

/** An uploaded document's metadata. */
export interface DocumentMeta {
  readonly applicationId: string;
  readonly key: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  /** Lower-case hex SHA-256 of the bytes. */
  readonly sha256: string;
  readonly uploadedAt: Instant;
}

/** An uploaded document with its bytes. */
export interface StoredDocument extends DocumentMeta {
  readonly bytes: Uint8Array;
}

/** Uploaded documents (bytes in the database). Whether an upload is allowed (draft only) is the caller's check. */
export interface DocumentRepository {
  /** Stores the document, replacing an earlier one under the same application and key. */
  put(document: Omit<StoredDocument, 'size'>): Promise<DocumentMeta>;
  get(applicationId: string, key: string): Promise<StoredDocument | undefined>;
  /** Metadata of every document of an application, by key. */
  list(applicationId: string): Promise<DocumentMeta[]>;
  remove(applicationId: string, key: string): Promise<boolean>;
}

// ---------------------------------------------------------------------------------------------------------------
// Idempotency keys
// ---------------------------------------------------------------------------------------------------------------

/** A stored HTTP response, replayed for a repeated request. */
export interface StoredResponse {
  readonly status: number;
  readonly body: JsonValue;
}

/**
 * The outcome of claiming an idempotency key: `new` (the caller proceeds, then calls `complete` or `abandon`),
 * `in-flight` (another request with this key is running), `done` (replay `response`), or `mismatch` (the key was
 * used with a different request).
 */
export type IdempotencyBegin =
  | { readonly kind: 'new' }
  | { readonly kind: 'in-flight' }
  | { readonly kind: 'done'; readonly response: StoredResponse }
  | { readonly kind: 'mismatch' };

/**
 * Idempotency keys per account. Concurrent `begin` calls with one key yield exactly one `new`. A claim (`new`) is
 * known by the `at` it was made with; a claim older than the lease (default 60 s) is taken over by a `begin` of the
 * same request, after which the old claim can neither complete nor abandon the key.
 */
export interface IdempotencyRepository {
  begin(accountId: string, key: string, requestHash: string, at: Instant, leaseMs?: number): Promise<IdempotencyBegin>;
  /**
   * Records the response of the request that got `new`; with `claimedAt` (the claim's `at`) only while that claim
   * still holds the key. When it no longer does (the key was taken over, or is done) this rejects with
   * {@link IdempotencyClaimLostError} — inside a transaction, where the answer is written with the transaction's
   * other held-back rows, the transaction's end rejects with it instead, and nothing of it commits.
   */
  complete(accountId: string, key: string, response: StoredResponse, at: Instant, claimedAt?: Instant): Promise<void>;
  /** Forgets an in-flight key whose request failed without effect, so a retry can run (with `claimedAt`: only that claim). */
  abandon(accountId: string, key: string, claimedAt?: Instant): Promise<void>;
  /** Deletes keys created before `before`; returns how many. */
  deleteOlderThan(before: Instant): Promise<number>;
}

// ---------------------------------------------------------------------------------------------------------------
// Audit log
// ---------------------------------------------------------------------------------------------------------------

/** The persisted audit log: core's Merkle log (AUD-01…03), appends serialised across instances. */
export interface AuditRepository {
  /**
   * Validates (core's rules) and appends an entry; the log assigns `seq`. Inside `store.transaction` the entry
   * commits or rolls back with the state change; outside it runs in a transaction of its own. Inside a transaction
   * a correction may not name an entry appended earlier in that same transaction.
   */
  append(input: AuditEntryInput): Promise<Result<AuditEntry>>;
  /** Number of committed entries. */
  size(): Promise<number>;
  entry(seq: number): Promise<AuditEntry | undefined>;
  /** Entries about one subject, in order. */
  entriesFor(subjectType: string, subjectId: string): Promise<AuditEntry[]>;
  /** The canonical JSON lines of entries `from` (default 0) to `to` (exclusive, default all): what verifiers take. */
  exportLines(from?: number, to?: number): Promise<string[]>;
  /**
   * The checkpoint (origin, size, root) of the first `size` entries (default all committed). The Merkle reads
   * (`checkpoint`, `inclusionProof`, `consistencyProof`) cover committed entries only: inside a transaction that
   * appended, they do not include its own, not yet committed, entries.
   */
  checkpoint(origin: string, size?: number): Promise<Result<Checkpoint>>;
  inclusionProof(seq: number, treeSize?: number): Promise<Result<InclusionProof>>;
  consistencyProof(size1: number, size2?: number): Promise<Result<Uint8Array[]>>;
}

// ---------------------------------------------------------------------------------------------------------------
// Jobs and the notification outbox
// ---------------------------------------------------------------------------------------------------------------

/** A scheduled job. While claimed, `claimedBy`/`leaseUntil` name the instance and when its claim lapses. */
export interface JobRecord {
  readonly id: string;
  readonly kind: string;
  /** Unique key, so enqueuing the same work twice is a no-op (e.g. `deem-approve:APP-1:2026-04-01`). */
  readonly key: string;
  readonly payload: JsonValue;
  readonly runAt: Instant;
  readonly status: 'pending' | 'done' | 'failed';
  readonly attempts: number;
  readonly claimedBy?: string;
  readonly leaseUntil?: Instant;
  readonly lastError?: string;
}

/** Jobs and scheduler memory. Claims use `FOR UPDATE SKIP LOCKED`: no two instances claim one job. */
export interface JobRepository {
  /** Enqueues a job; returns undefined when a job with this `key` exists already. */
  enqueue(job: { readonly kind: string; readonly key: string; readonly payload: JsonValue; readonly runAt: Instant }): Promise<JobRecord | undefined>;
  /** Claims up to `limit` pending jobs due at `now` whose lease is free or lapsed, leasing them for `leaseMs`. */
  claimDue(now: Instant, limit: number, instanceId: string, leaseMs?: number): Promise<JobRecord[]>;
  /** Marks a claimed job done; false when the claim was lost (lease lapsed and taken). */
  complete(id: string, instanceId: string, at: Instant): Promise<boolean>;
  /** Releases a claimed job for a retry at `retryAt`, or marks it failed when `retryAt` is undefined. */
  fail(id: string, instanceId: string, error: string, retryAt?: Instant): Promise<boolean>;
  get(id: string): Promise<JobRecord | undefined>;
  /**
   * Records that a due action (core `dueActions`) was done, by a key such as `APP-1:send-survey-reminder:2`;
   * true the first time, false when it was recorded already. Survives restarts.
   */
  markActionDone(actionKey: string, at: Instant): Promise<boolean>;
  isActionDone(actionKey: string): Promise<boolean>;
}

/** A message waiting in (or gone through) the outbox. */
export interface OutboxMessage {
  readonly id: string;
  readonly channel: 'sms' | 'email';
  readonly recipient: string;
  readonly message: LocalizedText;
  readonly status: 'pending' | 'sent' | 'failed';
  readonly attempts: number;
  readonly nextAttemptAt: Instant;
  readonly createdAt: Instant;
  /** The instance holding (or that last held) the claim. */
  readonly claimedBy?: string;
  readonly sentAt?: Instant;
  readonly lastError?: string;
  /** What the message is about (an application id), for tracing. */
  readonly subjectId?: string;
}

/** A message to queue: pending from `at`. */
export interface OutboxEnqueue {
  readonly channel: 'sms' | 'email';
  readonly recipient: string;
  readonly message: LocalizedText;
  readonly subjectId?: string;
  readonly at: Instant;
}

/** The notifications outbox: written in the state change's transaction, sent by claiming like jobs. */
export interface OutboxRepository {
  enqueue(message: OutboxEnqueue): Promise<OutboxMessage>;
  /** Queues several messages in one statement (an event's SMS and e-mail); returns how many. */
  enqueueAll(messages: readonly OutboxEnqueue[]): Promise<number>;
  claimDue(now: Instant, limit: number, instanceId: string, leaseMs?: number): Promise<OutboxMessage[]>;
  markSent(id: string, instanceId: string, at: Instant): Promise<boolean>;
  /** Records a failed attempt: retried at `retryAt`, or given up (`failed`) when it is undefined. */
  markFailed(id: string, instanceId: string, error: string, retryAt?: Instant): Promise<boolean>;
  get(id: string): Promise<OutboxMessage | undefined>;
  list(filter?: { readonly status?: OutboxMessage['status'] } & Page): Promise<OutboxMessage[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Survey, payments, service status
// ---------------------------------------------------------------------------------------------------------------

/** One IKM survey response (APP-08): one per application. */
export interface SurveyResponseRecord {
  readonly id: string;
  readonly applicationId: string;
  readonly answers: JsonValue;
  readonly unit: string;
  readonly permitType: string;
  readonly submittedOn: string;
  readonly submittedAt: Instant;
}

/** IKM survey responses. */
export interface SurveyRepository {
  /** Stores a response; a second one for the application throws {@link StoreDuplicateError}. */
  add(response: SurveyResponseRecord): Promise<SurveyResponseRecord>;
  getByApplication(applicationId: string): Promise<SurveyResponseRecord | undefined>;
  /** Responses submitted on local dates `from`–`to` (inclusive), optionally for one unit / permit type. */
  list(filter?: { readonly unit?: string; readonly permitType?: string; readonly from?: string; readonly to?: string }): Promise<SurveyResponseRecord[]>;
}

/** A bank's payment confirmation of an SKRD. */
export interface PaymentRecord {
  readonly bankReference: string;
  readonly skrdNumber: string;
  readonly applicationId: string;
  readonly amount: number;
  readonly paidAt: Instant;
  readonly receivedAt: Instant;
}

/** Payments; the bank reference is unique, so a repeated callback is recognised. */
export interface PaymentRepository {
  /** `recorded` the first time, `duplicate` (with the stored payment) when the bank reference is known. */
  record(payment: PaymentRecord): Promise<{ readonly kind: 'recorded' | 'duplicate'; readonly payment: PaymentRecord }>;
  getByReference(bankReference: string): Promise<PaymentRecord | undefined>;
  listForApplication(applicationId: string): Promise<PaymentRecord[]>;
}

/** A service-status notice (APP-11): normal service, an outage or force majeure, from `since`. */
export interface ServiceStatusNotice {
  readonly id: string;
  readonly status: 'normal' | 'outage' | 'force-majeure';
  readonly since: Instant;
  readonly message?: LocalizedText;
  readonly declaredBy: string;
  readonly createdAt: Instant;
}

/** Service-status notices; the latest is the current status. */
export interface ServiceStatusRepository {
  add(notice: ServiceStatusNotice): Promise<ServiceStatusNotice>;
  /** The latest notice, or undefined when none was ever declared (normal service). */
  current(): Promise<ServiceStatusNotice | undefined>;
  list(page?: Page): Promise<ServiceStatusNotice[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Supervision documents
// ---------------------------------------------------------------------------------------------------------------

/** A JSON document with an optimistic-concurrency version (businesses, inspections/BAP, LKPM, sanctions, complaints). */
export interface VersionedRecord<T extends JsonValue = JsonValue> {
  readonly id: string;
  /** An optional reference for lookups (e.g. the business id of an inspection). */
  readonly ref?: string;
  readonly data: T;
  readonly version: number;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/** A collection of versioned JSON documents. */
export interface RecordRepository<T extends JsonValue = JsonValue> {
  /** Creates at version 1; a taken id throws {@link StoreDuplicateError}. */
  create(id: string, data: T, at: Instant, ref?: string): Promise<VersionedRecord<T>>;
  get(id: string): Promise<VersionedRecord<T> | undefined>;
  /** Replaces the data if still at `expectedVersion`, else {@link StoreConflictError} / {@link StoreNotFoundError}. */
  update(id: string, expectedVersion: number, data: T, at: Instant): Promise<VersionedRecord<T>>;
  /** Oldest first, optionally only those with `ref`. */
  list(filter?: { readonly ref?: string } & Page): Promise<VersionedRecord<T>[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Counters
// ---------------------------------------------------------------------------------------------------------------

/** Named running numbers, e.g. the receipt number's daily sequence (`receipt:MJK:2026-03-02`). */
export interface CounterRepository {
  /**
   * The next number of `name` (1 the first time). Concurrent callers get distinct numbers; inside a transaction
   * the row stays locked until commit, so numbers are gap-free when the caller commits what it numbered.
   */
  next(name: string): Promise<number>;
}

// ---------------------------------------------------------------------------------------------------------------
// The store
// ---------------------------------------------------------------------------------------------------------------

/** Every repository; on `Store` each call is its own transaction, inside `transaction` all share one. */
export interface Repositories {
  readonly accounts: AccountRepository;
  readonly sessions: SessionRepository;
  readonly applications: ApplicationRepository;
  readonly documents: DocumentRepository;
  readonly idempotency: IdempotencyRepository;
  readonly audit: AuditRepository;
  readonly jobs: JobRepository;
  readonly outbox: OutboxRepository;
  readonly surveys: SurveyRepository;
  readonly payments: PaymentRepository;
  readonly serviceStatus: ServiceStatusRepository;
  readonly businesses: RecordRepository;
  readonly inspections: RecordRepository;
  readonly lkpmReports: RecordRepository;
  readonly sanctionCases: RecordRepository;
  readonly complaints: RecordRepository;
  readonly counters: CounterRepository;
}

/** The storage of the permit service. */
export interface Store extends Repositories {
  readonly kind: StoreKind;
  /** This instance's id (used in claims). */
  readonly instanceId: string;
  /**
   * Runs `fn` in one database transaction with the repositories bound to it: all its writes (state change, audit
   * entry, outbox message) commit together, or none does when `fn` throws (the error is rethrown). Use only `tx`
   * inside `fn`: a call on the outer store waits for this transaction to end (on the embedded store, forever).
   * Audit entries, queued messages, idempotency answers and counter values are held back and written together, one
   * statement per kind, after `fn` and before COMMIT (a read of them inside `fn` writes them first); should that
   * fail (an idempotency claim lost meanwhile: {@link IdempotencyClaimLostError}), the transaction rolls back and
   * rejects with the error.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * Like `transaction` (all of `fn`'s writes commit together or not at all, resolved after the commit), but with
   * group commit: calls arriving while one runs share the next transaction, run one after the other, so a burst
   * of state changes costs one commit and one hold of the audit log's lock. A group behaves as if its units ran
   * serially; when one throws, the group rolls back, that one runs alone and the others again, so `fn` may run more
   * than once and must act only through `tx`. The group's held-back writes go in one statement per kind for all
   * its units; when they fail, every unit runs alone, so the error reaches only the unit it belongs to.
   */
  groupTransaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` with the receipt numbers of applications updated through this store, once the change's
   * transaction is over (on a rollback too; a listener must treat it as "may have changed"). Changes made by other
   * instances on a shared PostgreSQL are not heard. Returns the function that stops listening.
   */
  onApplicationsChanged(listener: (receiptNumbers: readonly string[]) => void): () => void;
  /** The versions of the applied migrations, ascending. */
  migrations(): Promise<number[]>;
  /**
   * The embedded store's upkeep, which PostgreSQL's background workers do and PGlite has none of: vacuums and
   * analyses the tables grown by a fifth since their last time (autovacuum, see `upkeepGrownTables`), then makes a
   * checkpoint when one is due (the checkpointer, see `checkpointIfDue`). On PostgreSQL nothing is done here.
   * Resolves to what was done. The server runs it in each round of background work.
   */
  upkeep(): Promise<StoreUpkeep>;
  /** True when the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

/** Base class of the store's typed errors; `code` is stable and safe to show. */
export class StoreError extends Error {
  constructor(readonly code: string, message: string, readonly field?: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The row moved on since it was read (optimistic concurrency): `store.version-conflict`. */
export class StoreConflictError extends StoreError {
  constructor(readonly entity: string, readonly id: string, readonly expectedVersion: number, readonly actualVersion: number) {
    super('store.version-conflict', `${entity} ${id} is at version ${actualVersion}, not ${expectedVersion}`);
    this.name = 'StoreConflictError';
  }
}

/** A unique value is taken (e-mail, receipt number, id…): `store.duplicate`, with the `field`. */
export class StoreDuplicateError extends StoreError {
  constructor(readonly entity: string, field: string) {
    super('store.duplicate', `${entity}: ${field} is already taken`, field);
    this.name = 'StoreDuplicateError';
  }
}

/** An idempotency key's claim was taken over (its lease lapsed) before its answer was recorded: `idempotency.in-flight`. */
export class IdempotencyClaimLostError extends StoreError {
  constructor() {
    super('idempotency.in-flight', 'the idempotency key was claimed again before this request recorded its answer', 'Idempotency-Key');
    this.name = 'IdempotencyClaimLostError';
  }
}

/** No row with that id: `store.not-found`. */
export class StoreNotFoundError extends StoreError {
  constructor(readonly entity: string, readonly id: string) {
    super('store.not-found', `${entity} ${id} does not exist`);
    this.name = 'StoreNotFoundError';
  }
}
