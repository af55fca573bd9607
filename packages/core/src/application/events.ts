import type { Actor } from './roles.js';
import type { ApplicationDocument } from './documents.js';
import type { FeeAssessment } from './dependencies.js';
import type { SigningConfirmation } from './signing-pin.js';

/** How a permit document reaches the applicant (APP-09). */
export type HandoverMethod = 'office' | 'post' | 'courier';

/** The kinds of declared stop of the service clock (CAL-03). */
export type PauseKind = 'force-majeure' | 'outage';

/** The fee that goes with an approval of a fee-bearing permit: the assessment and the SKRD's sequence number. */
export interface ApprovalFee {
  readonly assessment: FeeAssessment;
  /** Running number of the SKRD in the office's register (positive whole number). */
  readonly sequence: number;
}

/** What each kind of event carries besides its actor and instant. */
export interface EventPayloads {
  /**
   * The applicant submits the file: documents and the truth declaration (APP-02). `receiptSequence` is the day's
   * running number for the receipt (APP-03), given by the store that keeps the count.
   */
  readonly submit: { readonly documents: readonly ApplicationDocument[]; readonly declaration: boolean; readonly receiptSequence: number };
  /** The applicant submits a corrected file. */
  readonly resubmit: { readonly documents: readonly ApplicationDocument[]; readonly declaration: boolean };
  readonly verify: { readonly note?: string };
  readonly validate: { readonly note?: string };
  readonly 'return-for-correction': { readonly reason: string };
  /** The technical examination's outcome; `assignmentLetter` names the technical agency's letter (T11 Pasal 8). */
  readonly recommend: { readonly favourable: boolean; readonly assignmentLetter?: string; readonly note?: string };
  /** Required for fee-bearing permits (APP-05). */
  readonly approve: { readonly fee?: ApprovalFee };
  readonly reject: { readonly reason: string };
  /** Deemed approval (APP-12): `fee` as for `approve`. */
  readonly 'deem-approve': { readonly fee?: ApprovalFee };
  /** The bank's callback: the amount paid and the bank's reference (the proof of payment, M18 Pasal 14 ayat (5)). */
  readonly 'record-payment': { readonly amount: number; readonly reference: string };
  readonly 'lapse-payment': Record<never, never>;
  readonly print: Record<never, never>;
  /** `confirmation` is required for an electronic signature (APP-07). */
  readonly sign: { readonly confirmation?: SigningConfirmation };
  readonly 'assign-number': { readonly permitNumber: string };
  readonly 'send-survey-reminder': Record<never, never>;
  readonly 'suspend-for-survey': Record<never, never>;
  /** The applicant filled in the IKM survey; `responseId` names the stored response. */
  readonly 'submit-survey': { readonly responseId: string };
  /** `skrdIncluded` must be true for a courier handover of a fee-bearing permit (APP-09). */
  readonly 'hand-over': { readonly method: HandoverMethod; readonly skrdIncluded?: boolean };
  readonly withdraw: { readonly reason?: string };
  readonly reprimand: { readonly reason: string };
  readonly 'cancel-as-sanction': { readonly reason: string };
  /** A force majeure or outage begins on the local date of the event (CAL-03, APP-11). */
  readonly 'declare-pause': { readonly pauseId: string; readonly kind: PauseKind; readonly reason: string };
  /** The pause ends on the local date of the event (its last day). */
  readonly 'end-pause': { readonly pauseId: string };
  /** The scheduler told the office the service deadline is near or missed. */
  readonly 'record-deadline-notice': { readonly notice: 'approaching' | 'missed' };
}

/** The kinds of event, in the order of the lifecycle. */
export const EVENT_TYPES = [
  'submit', 'resubmit', 'verify', 'validate', 'return-for-correction', 'recommend', 'approve', 'reject', 'deem-approve',
  'record-payment', 'lapse-payment', 'print', 'sign', 'assign-number', 'send-survey-reminder', 'suspend-for-survey',
  'submit-survey', 'hand-over', 'withdraw', 'reprimand', 'cancel-as-sanction', 'declare-pause', 'end-pause',
  'record-deadline-notice',
] as const satisfies readonly (keyof EventPayloads)[];

/** One of {@link EVENT_TYPES}. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * A record entered after an outage for a step done manually during it (APP-11): the event keeps its original
 * `at`; `enteredAt` is when it was typed in, `manualRecord` which paper record it copies.
 */
export interface Backfill {
  readonly enteredAt: string;
  /** The paper record it is entered from (its number or description). */
  readonly manualRecord: string;
}

/** What every event carries: who (id and role), when (an ISO instant with offset) and, for manual records, `backfill`. */
export interface EventBase<T extends EventType> {
  readonly type: T;
  readonly actor: Actor;
  readonly at: string;
  readonly backfill?: Backfill;
}

/** An event of one kind. */
export type EventOf<T extends EventType> = EventBase<T> & EventPayloads[T];

/** Something that happens to an application; {@link applyEvent} accepts or refuses it. */
export type ApplicationEvent = { [T in EventType]: EventOf<T> }[EventType];
