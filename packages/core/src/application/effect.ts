import type { IsoDate } from '../calendar/index.js';
import type { JsonValue } from '../audit/index.js';
import { ok, type Result } from '../result.js';
import type { Application } from './application.js';
import type { LifecycleContext } from './context.js';
import type { EventOf, EventType } from './events.js';
import type { TransitionRow } from './transition-table.js';

/** What an accepted event changes besides the state, and what its audit entry records. */
export interface Effect {
  readonly changes: Partial<Application>;
  /** Facts for the audit entry's `after` (a receipt number, an amount…). */
  readonly record?: { readonly [key: string]: JsonValue };
  /** A reason the actor gave (a return, a rejection, a sanction), kept in the audit entry. */
  readonly reason?: string;
}

/** What an effect handler gets: the application, the event, the context, the event's local date and the table row. */
export interface EffectInput<T extends EventType> {
  readonly application: Application;
  readonly event: EventOf<T>;
  readonly context: LifecycleContext;
  readonly today: IsoDate;
  readonly row: TransitionRow;
}

/** Checks an event's own guards and computes its effect. */
export type EffectHandler<T extends EventType> = (input: EffectInput<T>) => Result<Effect>;

/** The effect of an event that changes nothing but the state. */
export const noChange: Result<Effect> = ok({ changes: {} });
