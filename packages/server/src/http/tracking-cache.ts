import type { StoreKind } from '../store/types.js';

/**
 * How long a cached tracking view may be answered. This instance's own changes invalidate it at once; with several
 * instances on one PostgreSQL another instance's change is not heard, so there a lookup may show the previous step
 * for up to 2 s. The embedded store has one process, so every change is heard and the limit only bounds memory.
 */
export const TRACKING_CACHE_TTL_MS: Readonly<Record<StoreKind, number>> = { embedded: 300_000, postgres: 2_000 };

/** Most receipt numbers kept (least recently used ones are dropped first). */
export const TRACKING_CACHE_SIZE = 10_000;

interface Entry<V> {
  readonly value?: V;
  /** The day the view was made for. */
  readonly day?: string;
  /** The tick of the lookup that filled it, or of the invalidation that emptied it. */
  readonly tick: number;
  readonly expiresAt: number;
}

/**
 * A small cache of public tracking views by receipt number, each for the day it was made (the view counts working
 * days from today). An invalidation leaves a marker, so a lookup that read the database before the change and
 * answers after it cannot put its older view back.
 */
export class TrackingCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private clock = 0;

  constructor(private readonly ttlMs: number, private readonly size = TRACKING_CACHE_SIZE, private readonly now: () => number = Date.now) {}

  /** The cached view of `receiptNumber` made on `day` while it is fresh, else undefined (nothing is loaded). */
  peek(receiptNumber: string, day: string): V | undefined {
    const cached = this.entries.get(receiptNumber);
    if (cached?.value === undefined || cached.day !== day || cached.expiresAt <= this.now()) return undefined;
    this.remember(receiptNumber, cached); // most recently used last
    return cached.value;
  }

  /** The cached view of `receiptNumber` made on `day`, else `load()`'s (kept unless the receipt changed meanwhile). */
  async get(receiptNumber: string, day: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const cached = this.peek(receiptNumber, day);
    if (cached !== undefined) return cached;
    const started = ++this.clock;
    const value = await load();
    const latest = this.entries.get(receiptNumber);
    if (value !== undefined && (latest === undefined || latest.tick < started)) {
      this.remember(receiptNumber, { value, day, tick: ++this.clock, expiresAt: this.now() + this.ttlMs });
    }
    return value;
  }

  /** Forgets the views of these receipt numbers. */
  invalidate(receiptNumbers: readonly string[]): void {
    for (const receiptNumber of receiptNumbers) this.remember(receiptNumber, { tick: ++this.clock, expiresAt: 0 });
  }

  private remember(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }
}
