import type { OutboxMessage, Store } from '../store/types.js';
import type { ChannelSet } from './channel.js';
import { recipientsOf } from './recipients.js';

/** Settings of {@link createDispatcher}. */
export interface DispatcherOptions {
  readonly store: Store;
  readonly channels: ChannelSet;
  /** The clock (ISO instants). */
  readonly now: () => string;
  /** Name in outbox claims; default the store's instance id. */
  readonly instanceId?: string;
  /** Attempts before a message is marked failed (default 5). */
  readonly maxAttempts?: number;
  /** Wait before the first retry in ms, doubled at each further attempt, at most one day (default 30 s). */
  readonly retryBaseMs?: number;
  /** Messages claimed per batch (default 50). */
  readonly batchSize?: number;
  /** How long a claim holds if this instance dies mid-send (default 2 minutes). */
  readonly leaseMs?: number;
  /** Told about each failed attempt (never with message text). */
  readonly onError?: (message: OutboxMessage, error: string, willRetry: boolean) => void;
}

/** What one {@link Dispatcher.drain} did. */
export interface DrainReport {
  readonly sent: number;
  /** Failed attempts that will be retried later. */
  readonly retried: number;
  /** Messages given up after their last attempt. */
  readonly failed: number;
}

/** Sends what waits in the outbox. */
export interface Dispatcher {
  /** Claims due messages batch by batch until none is left, sends each, and records the outcome. */
  drain(): Promise<DrainReport>;
}

const DAY_MS = 86_400_000;

/** When attempt number `attempts` (1-based) failed, the next try waits `base · 2^(attempts-1)`, at most a day. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(DAY_MS, baseMs * 2 ** Math.max(0, attempts - 1));
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * A dispatcher that drains the store's outbox: messages are claimed with `FOR UPDATE SKIP LOCKED` leases (several
 * instances never send one message twice while a claim holds), handed to the channel of their kind, then marked
 * sent; a failed attempt is retried with exponential back-off and marked failed after `maxAttempts`.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { store, channels, now } = options;
  const instanceId = options.instanceId ?? store.instanceId;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseMs = options.retryBaseMs ?? 30_000;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 120_000;

  async function deliver(message: OutboxMessage): Promise<'sent' | 'retried' | 'failed'> {
    try {
      const to = await recipientsOf(message, store.accounts);
      if (to.length === 0) throw new Error(`no active account holds the role ${message.recipient}`);
      for (const recipient of to) await channels[message.channel].send({ ...message, recipient });
      await store.outbox.markSent(message.id, instanceId, now());
      return 'sent';
    } catch (error) {
      const willRetry = message.attempts < maxAttempts;
      const retryAt = willRetry ? new Date(Date.parse(now()) + retryDelayMs(message.attempts, baseMs)).toISOString() : undefined;
      await store.outbox.markFailed(message.id, instanceId, `${channels[message.channel].name}: ${reason(error)}`, retryAt);
      options.onError?.(message, reason(error), willRetry);
      return willRetry ? 'retried' : 'failed';
    }
  }

  return {
    async drain() {
      const counts = { sent: 0, retried: 0, failed: 0 };
      for (;;) {
        const batch = await store.outbox.claimDue(now(), batchSize, instanceId, leaseMs);
        for (const message of batch) counts[await deliver(message)] += 1;
        if (batch.length < batchSize) return counts;
      }
    },
  };
}
