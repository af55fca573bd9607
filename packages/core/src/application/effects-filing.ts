import { ok } from '../result.js';
import type { EffectHandler } from './effect.js';
import { noChange } from './effect.js';
import { checkOptionalText, checkText } from './input-checks.js';
import { formatReceiptNumber } from './receipt-number.js';
import { checkSubmission } from './submission.js';

/** APP-02, APP-03: a complete file with the declaration gets its receipt number; the service clock starts (CAT-03). */
export const submit: EffectHandler<'submit'> = ({ application, event, context, today }) => {
  const documents = checkSubmission(application, event.documents, event.declaration, context);
  if (!documents.ok) return documents;
  const receipt = formatReceiptNumber({ office: context.settings.officeCode, date: today, sequence: event.receiptSequence });
  if (!receipt.ok) return { ok: false, error: { ...receipt.error, path: 'receiptSequence' } };
  return ok({
    changes: { documents: documents.value, declaredAt: event.at, receiptNumber: receipt.value, submittedAt: event.at, completeOn: today },
    record: { receiptNumber: receipt.value, documents: documents.value.map((d) => ({ key: d.key, sha256: d.sha256 })) },
  });
};

/** The corrected file: checked again; the receipt number stays (tracking, Pasal 23); the clock restarts. */
export const resubmit: EffectHandler<'resubmit'> = ({ application, event, context, today }) => {
  const documents = checkSubmission(application, event.documents, event.declaration, context);
  if (!documents.ok) return documents;
  return ok({
    changes: { documents: documents.value, declaredAt: event.at, submittedAt: event.at, completeOn: today, deadlineNotices: [] },
    record: { documents: documents.value.map((d) => ({ key: d.key, sha256: d.sha256 })) },
  });
};

/** Administrative verification or validation: an optional note. */
export const checkNote: EffectHandler<'verify' | 'validate'> = ({ event }) => {
  const note = checkOptionalText(event.note, 'note', 2000);
  return note.ok ? (note.value === undefined ? noChange : ok({ changes: {}, reason: note.value })) : note;
};

/** Back to the applicant for correction, with the reason. */
export const returnForCorrection: EffectHandler<'return-for-correction'> = ({ application, event }) => {
  const reason = checkText(event.reason, 'reason', 2000);
  if (!reason.ok) return reason;
  return ok({ changes: { corrections: [...application.corrections, { reason: reason.value, at: event.at, by: event.actor.id }] }, reason: reason.value });
};

/** The technical recommendation (APP-04): favourable or not, with the technical agency's assignment letter if any. */
export const recommend: EffectHandler<'recommend'> = ({ event }) => {
  if (typeof event.favourable !== 'boolean') {
    return { ok: false, error: { code: 'application.recommendation-invalid', path: 'favourable', message: { id: 'Rekomendasi harus ya/tidak (favourable: true/false).', en: 'The recommendation must be yes/no (favourable: true/false).' } } };
  }
  const letter = checkOptionalText(event.assignmentLetter, 'assignmentLetter', 200);
  if (!letter.ok) return letter;
  const note = checkOptionalText(event.note, 'note', 2000);
  if (!note.ok) return note;
  const recommendation = { favourable: event.favourable, at: event.at, by: event.actor.id, ...(letter.value === undefined ? {} : { assignmentLetter: letter.value }) };
  return ok({
    changes: { recommendation },
    record: { favourable: event.favourable, ...(letter.value === undefined ? {} : { assignmentLetter: letter.value }) },
    ...(note.value === undefined ? {} : { reason: note.value }),
  });
};

/** The applicant withdraws before the decision. */
export const withdraw: EffectHandler<'withdraw'> = ({ event }) => {
  const reason = checkOptionalText(event.reason, 'reason', 2000);
  if (!reason.ok) return reason;
  return reason.value === undefined ? noChange : ok({ changes: {}, reason: reason.value });
};
