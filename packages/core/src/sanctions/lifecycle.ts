import { isIsoDate, parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import type { Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { checkChoice } from '../choice-input.js';
import { checkOptionalText, checkText, type TextRules } from '../text-input.js';
import { findTransition, type CaseMachineName, type CaseTransitionRow } from './transition-table.js';

/** One recorded step of a lifecycle: who, when, which event, the state it led to, and the article behind it. */
export interface CaseStepRecord<S extends string, E extends string> {
  /** 1 for the opening record, then one more per accepted event. */
  readonly sequence: number;
  readonly event: E | 'opened';
  readonly state: S;
  readonly on: IsoDate;
  readonly by: string;
  readonly source: Citation;
  readonly note?: string;
}

/** Anything that moves through a lifecycle table: its state, the date of its last step and its record. */
export interface TrackedCase<S extends string, E extends string> {
  readonly id: string;
  readonly state: S;
  readonly since: IsoDate;
  readonly records: readonly CaseStepRecord<S, E>[];
}

/** An event handed to a lifecycle: what happened and the person who records it. */
export interface CaseEventInput<E extends string> {
  readonly type: E;
  readonly by: string;
  readonly note?: string;
}

/** The result of an accepted step: the row that applied, the updated item and the record to keep. */
export interface CaseStep<T, R, Rec> {
  readonly row: R;
  readonly item: T;
  readonly record: Rec;
}

/** What a lifecycle needs to take a step: its table, its events, its states and how it names itself. */
export interface CaseMachine<S extends string, E extends string, R extends CaseTransitionRow<S, E>> {
  readonly name: CaseMachineName;
  readonly states: readonly S[];
  readonly events: readonly E[];
  readonly table: readonly R[];
}

/** Builds a record, leaving `note` out when there is none. */
export function lifecycleRecord<S extends string, E extends string>(
  fields: Omit<CaseStepRecord<S, E>, 'note'>, note: string | undefined,
): CaseStepRecord<S, E> {
  return note === undefined ? fields : { ...fields, note };
}

/**
 * Checks an item handed back in (from storage or over the wire) and that `on` is a date not before its last step.
 * Codes: `<prefix>.invalid`, `date.invalid`, `<prefix>.date-before-last-step`.
 */
export function checkTrackedOn<S extends string, E extends string, T extends TrackedCase<S, E>>(
  machine: CaseMachine<S, E, CaseTransitionRow<S, E>>, item: T, on: unknown, path = 'on',
): Result<IsoDate> {
  const { prefix, subject } = machine.name;
  if (typeof item !== 'object' || item === null || !machine.states.includes(item.state) || !isIsoDate(item.since)
    || !Array.isArray(item.records) || typeof item.id !== 'string') {
    return fail(`${prefix}.invalid`, { id: `Data ${subject.id.toLowerCase()} tidak valid.`, en: `The ${subject.en} data is invalid.` }, 'item');
  }
  return checkStepDate(on, item.since, path, prefix);
}

/** `on` as a date that is not before `since`, the date of the last step. Codes `date.invalid`, `<prefix>.date-before-last-step`. */
export function checkStepDate(on: unknown, since: IsoDate, path: string, prefix: string): Result<IsoDate> {
  const date = parseIsoDate(on, path);
  if (!date.ok) return date;
  if (date.value < since) {
    return fail(`${prefix}.date-before-last-step`, {
      id: `Tanggal ${date.value} lebih awal dari langkah terakhir (${since}).`,
      en: `${date.value} is earlier than the last step (${since}).`,
    }, path);
  }
  return date;
}

/** How the free-text note of a case step is checked: up to 2000 characters, line breaks allowed. */
export const NOTE_TEXT: TextRules = { maxLength: 2000, multiline: true };

/**
 * An event handed to a lifecycle, checked: its type is one of `events` (else `<prefix>.event-invalid`), `by` names who
 * records it (`text.*`) and the optional note passes {@link NOTE_TEXT}.
 */
export function checkCaseEvent<E extends string>(event: unknown, events: readonly E[], prefix: string): Result<CaseEventInput<E>> {
  const input = (typeof event === 'object' && event !== null ? event : {}) as Partial<Record<keyof CaseEventInput<E>, unknown>>;
  const type = checkChoice(input.type, events, 'event.type', `${prefix}.event-invalid`, { id: 'Peristiwa', en: 'event' });
  if (!type.ok) return type;
  const by = checkText(input.by, 'event.by', { maxLength: 100 });
  if (!by.ok) return by;
  const note = checkOptionalText(input.note, 'event.note', NOTE_TEXT);
  if (!note.ok) return note;
  return ok(note.value === undefined ? { type: type.value, by: by.value } : { type: type.value, by: by.value, note: note.value });
}

/**
 * Checks an item handed back in, the event and its date, finds the table row (`applies` is the guard column), and
 * returns the item in its new state with the record appended. Codes: `<prefix>.invalid`, `<prefix>.event-invalid`,
 * `<prefix>.event-not-allowed`, `<prefix>.date-before-last-step`, `date.invalid`, `text.*`.
 */
export function takeLifecycleStep<S extends string, E extends string, R extends CaseTransitionRow<S, E>, T extends TrackedCase<S, E>>(
  machine: CaseMachine<S, E, R>,
  item: T,
  event: CaseEventInput<E>,
  on: IsoDate,
  applies: (row: R) => boolean,
): Result<CaseStep<T, R, CaseStepRecord<S, E>>> {
  const date = checkTrackedOn(machine, item, on);
  if (!date.ok) return date;
  const checked = checkCaseEvent(event, machine.events, machine.name.prefix);
  if (!checked.ok) return checked;
  const { type, by, note } = checked.value;
  const row = findTransition(machine.table, item.state, type, applies, machine.name);
  if (!row.ok) return row;
  const record = lifecycleRecord<S, E>({
    sequence: item.records.length + 1, event: type, state: row.value.to, on: date.value, by, source: row.value.source,
  }, note);
  const next: T = { ...item, state: row.value.to, since: date.value, records: [...item.records, record] };
  return ok({ row: row.value, item: next, record });
}
