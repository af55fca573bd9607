import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ApiClient } from './api-client.js';
import { ApiError, errorFromResponse } from './errors.js';

/** One request kept in the outbox until the server answers it. */
export interface OutboxEntry {
  /** Sent as `Idempotency-Key`: the server answers a repeat with the stored response, so retrying is safe. */
  readonly idempotencyKey: string;
  readonly method: 'POST' | 'PUT' | 'PATCH';
  /** Path under the API base, e.g. `/applications/A-1/submit`. */
  readonly path: string;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** When it was queued (ISO instant). */
  readonly queuedAt: string;
  /** How many times it was tried. */
  readonly attempts: number;
}

/** What {@link Outbox.send} resolves with: the server's answer, or that it is kept for later. */
export type OutboxOutcome<T> =
  | { readonly status: 'sent'; readonly idempotencyKey: string; readonly value: T }
  | { readonly status: 'queued'; readonly idempotencyKey: string; readonly error: ApiError };

/** Events of an {@link Outbox}: `sent` (detail `{ entry, value }`), `rejected` (detail `{ entry, error }`). */
export type OutboxEventDetail =
  | { readonly entry: OutboxEntry; readonly value: unknown }
  | { readonly entry: OutboxEntry; readonly error: ApiError };

interface OutboxDb extends DBSchema {
  requests: { key: string; value: OutboxEntry };
}

/** Answers that mean "not now" rather than "no": the request stays queued and is retried. */
const RETRYABLE = new Set([0, 408, 409, 425, 429, 500, 502, 503, 504]);

export interface OutboxOptions {
  readonly client: ApiClient;
  /** IndexedDB database name (one per API base is sensible). */
  readonly dbName?: string;
  /** Delays between automatic retries in ms; the last one repeats. */
  readonly retryDelays?: readonly number[];
  /** The clock for `queuedAt` (tests). */
  readonly now?: () => Date;
}

/** A new random idempotency key (UUID v4). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The offline outbox: a state-changing request is first written to IndexedDB with its `Idempotency-Key`, then sent.
 * When nothing answers (offline) or the answer means "try later" (408, 409 in flight, 429, 5xx) it stays and is
 * retried — on the `online` event, on a back-off timer, and on every {@link Outbox.flush} — until the server answers;
 * then it is removed and a `sent` or `rejected` event fires. Because the key travels with the request, the server
 * performs it once however often it arrives.
 *
 * @example
 * ```ts
 * const outbox = new Outbox({ client: ApiClient.for(this) });
 * outbox.addEventListener('sent', (e) => …);
 * const outcome = await outbox.send('POST', `/applications/${id}/submit`, { declaration: true });
 * if (outcome.status === 'queued') showSavedOffline();
 * ```
 */
export class Outbox extends EventTarget {
  private readonly client: ApiClient;
  private readonly dbName: string;
  private readonly retryDelays: readonly number[];
  private readonly now: () => Date;
  private db: Promise<IDBPDatabase<OutboxDb>> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private flushing: Promise<void> | undefined;
  private readonly onOnline = (): void => void this.flush();

  constructor(options: OutboxOptions) {
    super();
    this.client = options.client;
    this.dbName = options.dbName ?? 'satupintu-outbox';
    this.retryDelays = options.retryDelays ?? [2_000, 5_000, 15_000, 30_000, 60_000];
    this.now = options.now ?? ((): Date => new Date());
  }

  private database(): Promise<IDBPDatabase<OutboxDb>> {
    this.db ??= openDB<OutboxDb>(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore('requests', { keyPath: 'idempotencyKey' });
      },
    });
    return this.db;
  }

  /** Starts retrying automatically: now, when the browser comes back online, and on the back-off timer. */
  start(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    void this.flush();
  }

  /** Stops automatic retries (queued requests stay in IndexedDB for the next page load). */
  stop(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Closes the database (tests, page teardown). */
  async close(): Promise<void> {
    this.stop();
    if (this.db) (await this.db).close();
    this.db = undefined;
  }

  /** The queued requests, oldest first. */
  async pending(): Promise<OutboxEntry[]> {
    const all = await (await this.database()).getAll('requests');
    return all.sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0));
  }

  /**
   * Queues the request and tries it once. Resolves `sent` with the server's value, or `queued` when it must wait;
   * rejects with the server's {@link ApiError} when the server refused it (it is then removed from the queue).
   */
  async send<T>(method: OutboxEntry['method'], path: string, body: unknown,
    options: { idempotencyKey?: string; headers?: Record<string, string> } = {}): Promise<OutboxOutcome<T>> {
    const entry: OutboxEntry = {
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
      method, path, body,
      ...(options.headers ? { headers: options.headers } : {}),
      queuedAt: this.now().toISOString(),
      attempts: 0,
    };
    await (await this.database()).put('requests', entry);
    const result = await this.attempt(entry);
    if (result.kind === 'sent') return { status: 'sent', idempotencyKey: entry.idempotencyKey, value: result.value as T };
    if (result.kind === 'rejected') throw result.error;
    this.schedule();
    return { status: 'queued', idempotencyKey: entry.idempotencyKey, error: result.error };
  }

  /** Tries every queued request once, oldest first; stops at the first one that still gets no answer. */
  flush(): Promise<void> {
    this.flushing ??= this.flushAll().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async flushAll(): Promise<void> {
    for (const entry of await this.pending()) {
      const result = await this.attempt(entry);
      if (result.kind === 'waiting') {
        this.schedule();
        return;
      }
    }
    this.failures = 0;
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    const delay = this.retryDelays[Math.min(this.failures, this.retryDelays.length - 1)] ?? 30_000;
    this.failures += 1;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private async attempt(entry: OutboxEntry): Promise<
    { kind: 'sent'; value: unknown } | { kind: 'rejected'; error: ApiError } | { kind: 'waiting'; error: ApiError }> {
    const db = await this.database();
    const tried: OutboxEntry = { ...entry, attempts: entry.attempts + 1 };
    await db.put('requests', tried);
    let response: Response;
    try {
      response = await this.client.fetchRaw(entry.method, this.client.url(entry.path), entry.body,
        { idempotencyKey: entry.idempotencyKey, ...(entry.headers ? { headers: entry.headers } : {}) });
    } catch (error) {
      return { kind: 'waiting', error: error instanceof ApiError ? error : new ApiError(0, { code: 'network.unreachable', message: { id: String(error), en: String(error) } }) };
    }
    if (!response.ok) {
      const error = await errorFromResponse(response);
      if (RETRYABLE.has(response.status)) return { kind: 'waiting', error };
      await db.delete('requests', entry.idempotencyKey);
      this.dispatchEvent(new CustomEvent<OutboxEventDetail>('rejected', { detail: { entry: tried, error } }));
      return { kind: 'rejected', error };
    }
    const text = await response.text();
    const value: unknown = text === '' ? undefined : JSON.parse(text);
    await db.delete('requests', entry.idempotencyKey);
    this.dispatchEvent(new CustomEvent<OutboxEventDetail>('sent', { detail: { entry: tried, value } }));
    return { kind: 'sent', value };
  }
}
