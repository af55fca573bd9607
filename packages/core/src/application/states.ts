/**
 * The states of an application. The main line follows the eleven steps of APP-01 (each `awaiting-*` state waits for
 * its step); the side states are `returned` (for correction), `rejected`, `payment-lapsed` (APP-06: start again),
 * `suspended-survey` (APP-08), `cancelled` (a sanction, APP-10) and `withdrawn`.
 */
export const APPLICATION_STATES = [
  'draft',
  'awaiting-verification',
  'returned',
  'awaiting-validation',
  'awaiting-technical-recommendation',
  'awaiting-decision',
  'awaiting-payment',
  'awaiting-printing',
  'awaiting-signature',
  'awaiting-numbering',
  'awaiting-survey',
  'suspended-survey',
  'awaiting-handover',
  'completed',
  'rejected',
  'payment-lapsed',
  'cancelled',
  'withdrawn',
] as const;

/** One of {@link APPLICATION_STATES}. */
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** States after which nothing more happens to the application (a completed permit can still be cancelled). */
export const FINAL_STATES: readonly ApplicationState[] = ['rejected', 'payment-lapsed', 'cancelled', 'withdrawn'];

/** States before the decision, in which the office's service clock runs (CAT-03) and deemed approval may apply. */
export const PRE_DECISION_STATES: readonly ApplicationState[] = [
  'awaiting-verification', 'awaiting-validation', 'awaiting-technical-recommendation', 'awaiting-decision',
];

/** States after the applicant submitted and before the file is closed: pauses and sanctions concern them. */
export const OPEN_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter(
  (s) => s !== 'draft' && s !== 'completed' && !FINAL_STATES.includes(s),
);

/**
 * The step of APP-01 (M18 Pasal 11 ayat (3), huruf a–k as 1–11) a state waits for, for a tracking timeline;
 * `undefined` for side states.
 */
export const STEP_OF_STATE: Readonly<Partial<Record<ApplicationState, number>>> = {
  draft: 1,
  'awaiting-verification': 2,
  'awaiting-validation': 3,
  'awaiting-technical-recommendation': 4,
  'awaiting-decision': 5,
  'awaiting-payment': 6,
  'awaiting-printing': 7,
  'awaiting-signature': 8,
  'awaiting-numbering': 9,
  'awaiting-survey': 10,
  'awaiting-handover': 11,
};
