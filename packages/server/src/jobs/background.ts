import type { FastifyBaseLogger } from 'fastify';
import type { ServerConfig } from '../config.js';
import { channelsFromConfig } from '../notify/channels.js';
import { createDispatcher } from '../notify/dispatcher.js';
import type { Store } from '../store/types.js';
import { startLoop, type Loop } from './loop.js';
import { createScheduler } from './scheduler.js';

/**
 * The background work of one server instance, every `scheduler.intervalSeconds`: due actions, the outbox, then the
 * store's upkeep (the embedded database's vacuum, analyse and checkpoints).
 */
export interface BackgroundWork {
  /** Runs one round now (waits for a round in progress first). */
  runNow(): Promise<void>;
  /** Stops the timer, waits for the round in progress, and closes the notification channels. */
  stop(): Promise<void>;
}

/**
 * Starts the scheduler, the notification dispatcher and the store's upkeep on one timer (no overlap between rounds).
 * Errors are logged (without message texts) and the next round tries again.
 */
export function startBackgroundWork(config: ServerConfig, store: Store, now: () => string, log: FastifyBaseLogger): BackgroundWork {
  const scheduler = createScheduler({
    store, lifecycle: config.municipality.context, now,
    onError: (job, error) => log.warn({ job: job.id, key: job.key, error }, 'scheduled job failed'),
  });
  const channels = channelsFromConfig(config, now);
  const dispatcher = createDispatcher({
    store, channels, now, maxAttempts: config.scheduler.maxAttempts, retryBaseMs: config.scheduler.retryBaseSeconds * 1000,
    onError: (message, error, willRetry) => log.warn({ outbox: message.id, channel: message.channel, error, willRetry }, 'notification not sent'),
  });
  const loop: Loop = startLoop(async () => {
    const ticked = await scheduler.tick();
    if (ticked.applied + ticked.failed > 0) log.info(ticked, 'scheduler round');
    await dispatcher.drain();
    const { tables, checkpoint } = await store.upkeep();
    if (tables.length > 0) log.info({ tables }, 'database upkeep: tables vacuumed and analysed');
    if (checkpoint) log.info({ checkpoint }, 'database upkeep: checkpoint');
  }, config.scheduler.intervalSeconds * 1000, (error) => log.error({ err: error }, 'background round failed'));
  return {
    runNow: loop.runNow,
    async stop() {
      await loop.stop();
      const distinct = new Set(Object.values(channels));
      await Promise.all([...distinct].map((channel) => channel.close?.()));
    },
  };
}
