import {
  FINAL_STATES, PRE_DECISION_STATES, STEP_OF_STATE, applicationServiceDeadline, type Application, type IsoDate, type LifecycleContext,
} from '@satupintu/core';

/**
 * The status of one of the eleven steps (APP-01) in the public tracking view. An application that ended before its
 * permit (rejected, withdrawn, cancelled, payment lapsed) `stopped` at one step; the steps after it are `not-reached`.
 */
export type StepStatus = 'done' | 'current' | 'pending' | 'skipped' | 'stopped' | 'not-reached';

/** The public tracking view of an application: the steps and deadlines, and no personal data. */
export interface TrackingView {
  readonly receiptNumber: string;
  readonly permitType: string;
  readonly state: Application['state'];
  readonly steps: readonly { readonly step: number; readonly status: StepStatus; readonly at?: string; readonly actorRole?: string }[];
  readonly serviceDeadline?: { readonly due: IsoDate; readonly workingDaysLeft: number };
  readonly payment?: {
    readonly amount: number; readonly dueDate: IsoDate; readonly paymentCode: string;
    readonly bank: string; readonly accountNumber: string; readonly accountName: string;
  };
  readonly survey?: { readonly due: boolean };
  readonly pauses: readonly { readonly from: IsoDate; readonly to?: IsoDate; readonly kind: string; readonly reason: string }[];
}

const STEPS = 11;

const stepOf = (state: Application['state']): number | undefined => STEP_OF_STATE[state];

/** The step the application is at: its state's step, else (side states) the last step it was at. */
function currentStep(application: Application): number {
  // A permit cancelled after its handover went through every step.
  if (application.state === 'completed' || application.history.at(-1)?.from === 'completed') return STEPS + 1;
  const own = stepOf(application.state);
  if (own !== undefined) return own;
  const last = [...application.history].reverse().map((entry) => stepOf(entry.from)).find((step) => step !== undefined);
  return last ?? 1;
}

function statusOf(step: number, current: number, reached: boolean, ended: boolean): StepStatus {
  if (step === current) return ended ? 'stopped' : 'current';
  if (step > current) return ended ? 'not-reached' : 'pending';
  return reached ? 'done' : 'skipped';
}

function steps(application: Application): TrackingView['steps'] {
  const current = currentStep(application);
  const ended = FINAL_STATES.includes(application.state);
  const ending = application.history.at(-1);
  return Array.from({ length: STEPS }, (_, index) => {
    const step = index + 1;
    const reached = step === 1 || application.history.some((entry) => stepOf(entry.to) === step);
    const status = statusOf(step, current, reached, ended);
    // When the step was left: not always for a higher step (with an electronic signature numbering precedes
    // printing) nor for a step at all (handover ends in `completed`); a stopped step, by the event that ended it.
    const leaving = status === 'stopped' ? ending : [...application.history].reverse().find((entry) => stepOf(entry.from) === step && stepOf(entry.to) !== step);
    return {
      step, status,
      ...((status === 'done' || status === 'stopped') && leaving ? { at: leaving.at, actorRole: leaving.actor.role } : {}),
    };
  });
}

/**
 * Builds the limited public view of an application for `GET /tracking/{receiptNumber}`: the eleven steps with
 * their status (done / current / pending / skipped, or stopped / not-reached once it ended without a permit) and
 * when and by which role each was done (for the stopped step: ended), the service deadline
 * (CAT-03, with pauses, CAL-03) while the decision is pending, the payment details while payment is due (APP-05/06),
 * whether the survey is due (APP-08), and the declared pauses. Names, NIK, contacts and documents never appear.
 */
export function trackingView(application: Application, context: LifecycleContext, now: string): TrackingView {
  const view: TrackingView = {
    receiptNumber: application.receiptNumber ?? '',
    permitType: application.permitType,
    state: application.state,
    steps: steps(application),
    pauses: application.pauses.map((p) => ({ from: p.from, ...(p.to === undefined ? {} : { to: p.to }), kind: p.kind, reason: p.reason })),
  };
  const deadline = PRE_DECISION_STATES.includes(application.state) ? applicationServiceDeadline(application, context) : undefined;
  const due = deadline?.ok ? deadline.value.due : undefined;
  const skrd = application.skrd;
  return {
    ...view,
    ...(due === undefined ? {} : { serviceDeadline: { due, workingDaysLeft: context.calendar.workingDaysBetween(context.calendar.dateOf(now), due) } }),
    ...(application.state === 'awaiting-payment' && skrd ? {
      payment: {
        amount: skrd.amount, dueDate: skrd.dueDate, paymentCode: skrd.paymentCode,
        bank: skrd.receivingAccount.bank, accountNumber: skrd.receivingAccount.accountNumber, accountName: skrd.receivingAccount.accountName,
      },
    } : {}),
    ...(application.state === 'awaiting-survey' || application.state === 'suspended-survey' ? { survey: { due: true } } : {}),
  };
}
