import type { LifecycleContext } from '@satupintu/core';
import { createScheduler, type TickReport } from '../jobs/scheduler.js';
import type { Store } from '../store/types.js';

/** An ISO instant with its offset (`2026-04-20T08:00:00+07:00`, `2026-04-20T01:00:00Z`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why `run-due` refused its `--at`. */
export class RunDueError extends Error {}

/** The instant of `--at`, checked: an ISO timestamp with an offset, so the local date is not guessed. */
export function dueInstant(text: string | undefined): string {
  if (text === undefined || !INSTANT.test(text) || Number.isNaN(Date.parse(text))) {
    throw new RunDueError('give --at as an ISO instant with its offset, e.g. 2026-04-20T08:00:00+07:00');
  }
  return text;
}

/**
 * `satupintu-server run-due --at <instant>`: one scheduler round as of `at` — core's due actions (APP-06 payment
 * lapse, APP-08 survey reminders and suspension, CAT-03 deadline notices, APP-12 deemed approval) found and applied
 * with `at` as their instant, exactly as the background loop would have done then. Used to catch up after downtime,
 * or to show a lapse or a suspension without waiting days.
 *
 * Any instant is accepted, earlier or later than a previous run: a repeated action is never applied twice (its done
 * record), and core refuses an event dated before a step already recorded (`application.out-of-order`), so an earlier
 * instant cannot rewrite history. A LATER instant than the real clock dates the events then: afterwards the
 * application takes no step dated before it (core's chronology) until the clock has passed it.
 * The notifications it queues are sent by the running server's dispatcher.
 */
export function runDue(store: Store, lifecycle: LifecycleContext, at: string): Promise<TickReport> {
  const instant = new Date(at).toISOString();
  return createScheduler({ store, lifecycle, now: () => instant }).tick();
}
