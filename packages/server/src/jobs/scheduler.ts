import { dueActions, type DueAction, type LifecycleContext } from '@satupintu/core';
import { applyApplicationEvent } from '../services/applications.js';
import type { JobRecord, Store } from '../store/types.js';
import { actionKey, DUE_ACTION_JOB, isDueActionPayload, STATES_WITH_DUE_ACTIONS, type DueActionPayload } from './due-work.js';

/** Settings of {@link createScheduler}. */
export interface SchedulerOptions {
  readonly store: Store;
  /** The municipality's lifecycle context (calendar, settings) core's `dueActions` and `applyEvent` use. */
  readonly lifecycle: LifecycleContext;
  /** The clock (ISO instants); tests drive it. */
  readonly now: () => string;
  /** Name in job claims; default the store's instance id. */
  readonly instanceId?: string;
  /** Jobs claimed per batch (default 50). */
  readonly batchSize?: number;
  /** How long a claim holds if this instance dies mid-job (default 2 minutes). */
  readonly leaseMs?: number;
  /** Told about a job that failed (it is retried a minute later, up to 5 attempts). */
  readonly onError?: (job: JobRecord, error: string) => void;
}

/** What one {@link Scheduler.tick} did. */
export interface TickReport {
  /** New jobs enqueued for due actions found. */
  readonly enqueued: number;
  /** Due actions whose event was applied. */
  readonly applied: number;
  /** Claimed jobs that had nothing left to do (done by another instance, or no longer due). */
  readonly skipped: number;
  readonly failed: number;
}

/** Finds and does the due actions of applications. */
export interface Scheduler {
  /** Enqueues a job for every due action now (a job key exists once), then claims and runs the due jobs. */
  tick(): Promise<TickReport>;
}

/** The job no longer has anything to do: not due any more, or recorded done. The transaction rolls back. */
class NothingToDo extends Error {}

const MAX_ATTEMPTS = 5;
const RETRY_MS = 60_000;

function matches(action: DueAction, payload: DueActionPayload): boolean {
  return action.kind === payload.kind && action.reminder === payload.reminder;
}

/**
 * The scheduler of core's due actions (APP-06 payment lapse, APP-08 survey reminders and suspension, CAT-03 deadline
 * notices, APP-12 deemed approval). Each tick:
 * 1. scans the applications in states that can have due actions, asks core's `dueActions(application, now)`, and
 *    enqueues one job per action under its {@link actionKey} (enqueuing an existing key is a no-op);
 * 2. claims due jobs (`FOR UPDATE SKIP LOCKED` leases: two instances never run one job at once) and, for each,
 *    applies the action's event through the applications service in one transaction that also records the action
 *    as done (`markActionDone`). The event is rebuilt from the current application inside that transaction, so an
 *    action that is no longer due, or was recorded done by another instance, is skipped and nothing is written.
 *
 * Nothing is kept in memory between ticks: a restart continues from the store.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, lifecycle, now } = options;
  const instanceId = options.instanceId ?? store.instanceId;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 120_000;

  async function enqueueDue(at: string): Promise<number> {
    let enqueued = 0;
    for (let offset = 0; ; offset += 500) {
      const page = await store.applications.list({ states: STATES_WITH_DUE_ACTIONS, limit: 500, offset });
      for (const { application } of page) {
        const due = dueActions(application, at, lifecycle);
        if (!due.ok) continue;
        for (const action of due.value) {
          // Deemed approval of a fee-bearing permit needs the fee assessment, which only staff can make (not automated).
          if (action.kind === 'deem-approve' && application.feeBearing) continue;
          const key = actionKey(application.id, action);
          if (await store.jobs.isActionDone(key)) continue;
          const payload: DueActionPayload = { applicationId: application.id, kind: action.kind, ...(action.reminder === undefined ? {} : { reminder: action.reminder }) };
          // The job key carries the due date: an action skipped once (a pause moved the deadline) can be due again later.
          if (await store.jobs.enqueue({ kind: DUE_ACTION_JOB, key: `${key}@${action.dueOn}`, payload: { ...payload }, runAt: at })) enqueued += 1;
        }
      }
      if (page.length < 500) return enqueued;
    }
  }

  async function run(job: JobRecord, at: string): Promise<'applied' | 'skipped'> {
    const payload = job.payload;
    if (job.kind !== DUE_ACTION_JOB || !isDueActionPayload(payload)) throw new Error(`unknown job ${job.kind}`);
    const key = actionKey(payload.applicationId, payload);
    try {
      await applyApplicationEvent({ store, lifecycle, now }, {
        applicationId: payload.applicationId,
        event: (current) => {
          const due = dueActions(current.application, at, lifecycle);
          const action = due.ok ? due.value.find((a) => matches(a, payload)) : undefined;
          if (action === undefined) throw new NothingToDo();
          return action.event;
        },
        alongside: async (tx) => {
          if (!(await tx.jobs.markActionDone(key, at))) throw new NothingToDo();
        },
      });
      return 'applied';
    } catch (error) {
      if (error instanceof NothingToDo) return 'skipped';
      throw error;
    }
  }

  return {
    async tick() {
      const at = now();
      const report = { enqueued: await enqueueDue(at), applied: 0, skipped: 0, failed: 0 };
      for (;;) {
        const batch = await store.jobs.claimDue(at, batchSize, instanceId, leaseMs);
        for (const job of batch) {
          try {
            const outcome = await run(job, at);
            report[outcome] += 1;
            await store.jobs.complete(job.id, instanceId, now());
          } catch (error) {
            const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
            const retryAt = job.attempts < MAX_ATTEMPTS ? new Date(Date.parse(at) + RETRY_MS).toISOString() : undefined;
            await store.jobs.fail(job.id, instanceId, message, retryAt);
            options.onError?.(job, message);
            report.failed += 1;
          }
        }
        if (batch.length < batchSize) return report;
      }
    },
  };
}
