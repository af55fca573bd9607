import type { EffectHandler } from './effect.js';
import { approve, deemApprove, reject } from './effects-decision.js';
import { checkNote, recommend, resubmit, returnForCorrection, submit, withdraw } from './effects-filing.js';
import { assignNumber, print, sign } from './effects-issuance.js';
import { lapsePayment, recordPayment } from './effects-payment.js';
import { cancelAsSanction, declarePause, endPause, recordDeadlineNotice, reprimand } from './effects-records.js';
import { handOver, sendSurveyReminder, submitSurvey, suspendForSurvey } from './effects-survey.js';
import type { EventType } from './events.js';

/** The guard and effect of every kind of event; the transition table decides whether it may happen at all. */
export const EFFECT_HANDLERS: { readonly [T in EventType]: EffectHandler<T> } = {
  submit,
  resubmit,
  verify: checkNote,
  validate: checkNote,
  'return-for-correction': returnForCorrection,
  recommend,
  approve,
  reject,
  'deem-approve': deemApprove,
  'record-payment': recordPayment,
  'lapse-payment': lapsePayment,
  print,
  sign,
  'assign-number': assignNumber,
  'send-survey-reminder': sendSurveyReminder,
  'suspend-for-survey': suspendForSurvey,
  'submit-survey': submitSurvey,
  'hand-over': handOver,
  withdraw,
  reprimand,
  'cancel-as-sanction': cancelAsSanction,
  'declare-pause': declarePause,
  'end-pause': endPause,
  'record-deadline-notice': recordDeadlineNotice,
};
