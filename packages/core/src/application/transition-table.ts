import type { Citation } from '../citation.js';
import type { EventType } from './events.js';
import type { Role } from './roles.js';
import { APPLICATION_SOURCES as S } from './sources.js';
import { FINAL_STATES, OPEN_STATES, PRE_DECISION_STATES, type ApplicationState } from './states.js';

/** How the permit is signed (APP-07): electronically (paperless, the default) or by hand after printing. */
export type SignatureMode = 'electronic' | 'wet';

/** The facts of an application that choose between rows: whether it bears a fee, how it is signed. */
export interface RouteFacts {
  readonly feeBearing: boolean;
  readonly signatureMode: SignatureMode;
}

/** A guard column of a row: the row applies only to applications with these facts. */
export type RowCondition = Partial<RouteFacts>;

/**
 * One row of the lifecycle: in state `from`, `event` taken by `role` leads to `to`, when the application matches
 * `when`, by the article `source`.
 */
export interface TransitionRow {
  readonly from: ApplicationState;
  readonly event: EventType;
  readonly role: Role;
  readonly to: ApplicationState;
  readonly when?: RowCondition;
  readonly source: Citation;
}

const FEE: RowCondition = { feeBearing: true };
const NO_FEE_WET: RowCondition = { feeBearing: false, signatureMode: 'wet' };
const NO_FEE_ELECTRONIC: RowCondition = { feeBearing: false, signatureMode: 'electronic' };
const WET: RowCondition = { signatureMode: 'wet' };
const ELECTRONIC: RowCondition = { signatureMode: 'electronic' };

function row(from: ApplicationState, event: EventType, role: Role, to: ApplicationState, source: Citation, when?: RowCondition): TransitionRow {
  return when === undefined ? { from, event, role, to, source } : { from, event, role, to, source, when };
}

/** The same event in each of several states, staying in the state (a record that changes no step). */
function stayRows(states: readonly ApplicationState[], event: EventType, role: Role, source: Citation): TransitionRow[] {
  return states.map((s) => row(s, event, role, s, source));
}

/** The three ways out of a decision to approve: to payment when a fee is due, else to printing or signing. */
function approvalRows(from: ApplicationState, event: EventType, role: Role, source: Citation): TransitionRow[] {
  return [
    row(from, event, role, 'awaiting-payment', source, FEE),
    row(from, event, role, 'awaiting-printing', source, NO_FEE_WET),
    row(from, event, role, 'awaiting-signature', source, NO_FEE_ELECTRONIC),
  ];
}

/**
 * The application lifecycle as an explicit table (state × event × role → next state), APP-01 … APP-12. Only the
 * role of a row may take its step (APP-04); anything not in the table is refused by {@link findTransition}.
 *
 * The order of the middle steps follows M18 Pasal 11 ayat (3) and Pasal 16 ayat (2): with a wet signature the
 * document is printed, signed, then numbered; with an electronic signature (paperless, Pasal 13 ayat (1)) it is
 * signed, numbered and then printed.
 */
export const TRANSITIONS: readonly TransitionRow[] = [
  row('draft', 'submit', 'applicant', 'awaiting-verification', S.receipt),
  row('awaiting-verification', 'verify', 'admin-officer', 'awaiting-validation', S.adminOfficer),
  row('awaiting-verification', 'return-for-correction', 'admin-officer', 'returned', S.adminOfficer),
  row('awaiting-validation', 'validate', 'admin-officer', 'awaiting-technical-recommendation', S.steps),
  row('awaiting-validation', 'return-for-correction', 'admin-officer', 'returned', S.adminOfficer),
  row('returned', 'resubmit', 'applicant', 'awaiting-verification', S.receipt),
  row('awaiting-technical-recommendation', 'recommend', 'technical-officer', 'awaiting-decision', S.technicalOfficer),
  row('awaiting-technical-recommendation', 'return-for-correction', 'technical-officer', 'returned', S.technicalOfficer),
  ...approvalRows('awaiting-decision', 'approve', 'head-of-office', S.decisionNotice),
  row('awaiting-decision', 'reject', 'head-of-office', 'rejected', S.decisionNotice),
  ...PRE_DECISION_STATES.flatMap((s) => approvalRows(s, 'deem-approve', 'system', S.deemedApproval)),
  row('awaiting-payment', 'record-payment', 'bank', 'awaiting-printing', S.paymentProof, WET),
  row('awaiting-payment', 'record-payment', 'bank', 'awaiting-signature', S.paymentProof, ELECTRONIC),
  row('awaiting-payment', 'lapse-payment', 'system', 'payment-lapsed', S.paymentLapse),
  row('awaiting-printing', 'print', 'admin-officer', 'awaiting-signature', S.wetSignature, WET),
  row('awaiting-signature', 'sign', 'signing-official', 'awaiting-numbering', S.delegation),
  row('awaiting-signature', 'sign', 'head-of-office', 'awaiting-numbering', S.delegation),
  row('awaiting-numbering', 'assign-number', 'admin-officer', 'awaiting-survey', S.numbering, WET),
  row('awaiting-numbering', 'assign-number', 'admin-officer', 'awaiting-printing', S.numbering, ELECTRONIC),
  row('awaiting-printing', 'print', 'admin-officer', 'awaiting-survey', S.printing, ELECTRONIC),
  row('awaiting-survey', 'send-survey-reminder', 'system', 'awaiting-survey', S.surveyReminders),
  row('awaiting-survey', 'suspend-for-survey', 'system', 'suspended-survey', S.surveySuspension),
  row('awaiting-survey', 'submit-survey', 'applicant', 'awaiting-handover', S.survey),
  row('suspended-survey', 'submit-survey', 'applicant', 'awaiting-handover', S.surveySuspension),
  row('awaiting-handover', 'hand-over', 'admin-officer', 'completed', S.handover),
  ...(['draft', 'returned', ...PRE_DECISION_STATES] as const).map((s) => row(s, 'withdraw', 'applicant', 'withdrawn', S.withdrawal)),
  ...stayRows([...OPEN_STATES, 'completed'], 'reprimand', 'supervisor', S.sanctions),
  ...[...OPEN_STATES, 'completed' as const].map((s) => row(s, 'cancel-as-sanction', 'head-of-office', 'cancelled', S.sanctions)),
  ...stayRows(OPEN_STATES, 'declare-pause', 'head-of-office', S.pause),
  // A pause may outlast the file: its end is recorded whatever became of the application.
  ...stayRows([...OPEN_STATES, 'completed', ...FINAL_STATES], 'end-pause', 'head-of-office', S.pause),
  ...stayRows(PRE_DECISION_STATES, 'record-deadline-notice', 'system', S.serviceTime),
];

function matches(when: RowCondition | undefined, facts: RouteFacts): boolean {
  return when === undefined
    || ((when.feeBearing === undefined || when.feeBearing === facts.feeBearing)
      && (when.signatureMode === undefined || when.signatureMode === facts.signatureMode));
}

/** The rows of `table` open to an application with these facts in `state` (for menus: what can happen next). */
export function rowsFrom(state: ApplicationState, facts: RouteFacts, table: readonly TransitionRow[] = TRANSITIONS): TransitionRow[] {
  return table.filter((r) => r.from === state && matches(r.when, facts));
}

/** The row for `event` by `role` in `state`, or `undefined` when the table has none. */
export function lookupTransition(
  state: ApplicationState, event: EventType, role: Role, facts: RouteFacts, table: readonly TransitionRow[] = TRANSITIONS,
): TransitionRow | undefined {
  return table.find((r) => r.from === state && r.event === event && r.role === role && matches(r.when, facts));
}
