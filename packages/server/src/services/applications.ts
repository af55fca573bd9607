import {
  applyEvent, notificationsFor, type ApplicationEvent, type LifecycleContext, type SpError,
} from '@satupintu/core';
import { HttpProblem } from '../http/problem.js';
import { StoreConflictError, StoreNotFoundError, type Repositories, type StoredApplication, type Store } from '../store/types.js';

/** What {@link applyApplicationEvent} needs: the store, the municipality's lifecycle context and the clock. */
export interface ApplicationServiceDeps {
  readonly store: Store;
  /** The municipality's core lifecycle context (catalog, calendar, settings, SKRD settings). */
  readonly lifecycle: LifecycleContext;
  /** The current instant (ISO with offset): when the store records the change. */
  readonly now: () => string;
}

/** Builds the event inside the transaction from the current application (e.g. numbering it with a store counter). */
export type EventBuilder = (current: StoredApplication, tx: Repositories) => ApplicationEvent | Promise<ApplicationEvent>;

/** One event to apply to one stored application. */
export interface ApplicationEventRequest {
  readonly applicationId: string;
  /** The event, or a function that builds it in the transaction from the current application. */
  readonly event: ApplicationEvent | EventBuilder;
  /** The version the caller read (`If-Match`); a different stored version is a conflict (409). */
  readonly expectedVersion?: number;
  /**
   * The application as the caller just read it: the transaction then does not read it again, and `expectedVersion`
   * is its version (a change made in between is refused by the update's version check: 409).
   */
  readonly current?: StoredApplication;
  /** Further writes that commit or roll back with the change (a payment record, a survey response…). */
  readonly alongside?: (tx: Repositories, next: StoredApplication, event: ApplicationEvent) => Promise<void>;
}

/** The HTTP status of core's refusal: a role's step → 403, a step the state or time does not allow → 409, else 400. */
function refusalStatus(error: SpError): number {
  if (error.code === 'application.role-not-allowed') return 403;
  if (error.code === 'application.event-not-allowed' || error.code === 'application.not-due') return 409;
  return 400;
}

/**
 * Applies one core event to a stored application and persists it, all in ONE store transaction (group commit:
 * concurrent events share it, see `Store.groupTransaction`, so the work below may run twice): load the
 * application (unless the caller gives `current`) → core `applyEvent` (core decides: transition table, role,
 * guards) → update it at the version read (optimistic concurrency) → append the audit entry core returned (AUD-01)
 * → queue core's `notificationsFor` messages in the outbox. Returns the stored application after the event.
 *
 * Errors: a missing application → {@link StoreNotFoundError} (404); `expectedVersion` not the stored version, or a
 * concurrent update → {@link StoreConflictError} (409 `store.version-conflict`); core's refusal → {@link HttpProblem}
 * with core's code (403 role, 409 state/timing, 400 input). Nothing is written when anything fails.
 * @example
 * ```ts
 * const next = await applyApplicationEvent(deps, { applicationId: id, expectedVersion: 3,
 *   event: { type: 'verify', actor: { id: officer.id, role: 'admin-officer' }, at: deps.now() } });
 * ```
 */
export async function applyApplicationEvent(deps: ApplicationServiceDeps, request: ApplicationEventRequest): Promise<StoredApplication> {
  const { store, lifecycle, now } = deps;
  return store.groupTransaction(async (tx) => {
    const current = request.current ?? await tx.applications.get(request.applicationId);
    if (current === undefined) throw new StoreNotFoundError('application', request.applicationId);
    if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
      throw new StoreConflictError('application', request.applicationId, request.expectedVersion, current.version);
    }
    const event = typeof request.event === 'function' ? await request.event(current, tx) : request.event;
    const applied = applyEvent(current.application, event, lifecycle);
    if (!applied.ok) throw new HttpProblem(refusalStatus(applied.error), applied.error);
    const at = now();
    const next = await tx.applications.update(current, applied.value.application, at);
    const audit = await tx.audit.append(applied.value.audit);
    if (!audit.ok) throw new HttpProblem(500, audit.error);
    await tx.outbox.enqueueAll(notificationsFor(next.application, event)
      .map((message) => ({ channel: message.channel, recipient: message.to, message: message.text, subjectId: next.application.id, at })));
    if (request.alongside !== undefined) await request.alongside(tx, next, event);
    return next;
  });
}
