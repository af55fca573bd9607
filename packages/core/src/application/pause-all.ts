import type { Result, SpError } from '../result.js';
import { applyEvent, type AppliedEvent } from './apply-event.js';
import type { Application } from './application.js';
import type { LifecycleContext } from './context.js';
import { nationalContext } from './create-application.js';
import type { EventOf } from './events.js';
import { OPEN_STATES } from './states.js';

/** The outcome of {@link applyPauseToAll}: the accepted steps, and the applications left out with the reason. */
export interface PauseForAll {
  readonly applied: readonly AppliedEvent[];
  readonly skipped: readonly { readonly id: string; readonly error: SpError }[];
}

/**
 * Declares or ends a force majeure / outage on every application whose service is under way (CAL-03, APP-11, M18
 * Pasal 26 ayat (2)): each gets the same event and yields its own audit entry. Drafts and closed files are skipped
 * for a declaration (no clock runs for them); for an end, only files that carry the open pause take it.
 * @example
 * ```ts
 * const outage = applyPauseToAll(openFiles, { type: 'declare-pause', actor: { id: 'kadis', role: 'head-of-office' },
 *   at: '2026-03-04T08:00:00+07:00', pauseId: 'outage-2026-03-04', kind: 'outage', reason: 'Pusat data padam' }, context);
 * ```
 */
export function applyPauseToAll(
  applications: readonly Application[], event: EventOf<'declare-pause'> | EventOf<'end-pause'>, context: LifecycleContext = nationalContext(),
): PauseForAll {
  const applied: AppliedEvent[] = [];
  const skipped: { id: string; error: SpError }[] = [];
  for (const application of applications) {
    const concerned = event.type === 'declare-pause'
      ? OPEN_STATES.includes(application.state)
      : application.pauses.some((p) => p.id === event.pauseId && p.to === undefined);
    if (!concerned) continue;
    const result: Result<AppliedEvent> = applyEvent(application, event, context);
    if (result.ok) applied.push(result.value);
    else skipped.push({ id: application.id, error: result.error });
  }
  return { applied, skipped };
}
