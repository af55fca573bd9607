import type { Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';

/** One row of an explicit state machine: in state `from`, `event` leads to `to`, by the cited article. */
export interface CaseTransitionRow<S extends string, E extends string> {
  readonly from: S;
  readonly event: E;
  readonly to: S;
  readonly source: Citation;
}

/** How a state machine names itself in its error codes (`<prefix>.event-not-allowed`) and messages. */
export interface CaseMachineName {
  readonly prefix: string;
  readonly subject: LocalizedText;
}

/**
 * The row of `table` for `event` in `state` among the rows that `applies` accepts (a guard column such as the
 * violation class or the complaint target). No row is an error `<prefix>.event-not-allowed` that lists the events
 * the state does allow, so an illegal step is never a silent no-op.
 */
export function findTransition<R extends CaseTransitionRow<string, string>>(
  table: readonly R[],
  state: R['from'],
  event: R['event'],
  applies: (row: R) => boolean,
  machine: CaseMachineName,
): Result<R> {
  const rows = table.filter((row) => row.from === state && applies(row));
  const row = rows.find((r) => r.event === event);
  if (row) return ok(row);
  const allowed = rows.map((r) => r.event);
  const list = allowed.length === 0 ? null : allowed.join(', ');
  return fail(`${machine.prefix}.event-not-allowed`, {
    id: `${machine.subject.id} berstatus "${state}": peristiwa "${event}" tidak diperbolehkan; ${list === null ? 'status ini sudah final' : `yang diperbolehkan: ${list}`}.`,
    en: `The ${machine.subject.en} is "${state}": the event "${event}" is not allowed; ${list === null ? 'this state is final' : `allowed: ${list}`}.`,
  }, 'event');
}
