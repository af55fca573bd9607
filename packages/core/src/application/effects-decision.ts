import { fail, ok, type Result } from '../result.js';
import type { Decision } from './application.js';
import { createSkrd } from './dependencies.js';
import type { Effect, EffectHandler, EffectInput } from './effect.js';
import { checkText } from './input-checks.js';

/**
 * An approval (APP-05) or a deemed approval (APP-12). A fee-bearing permit gets its SKRD from the fees module, with
 * the payment due `paymentWorkingDays` working days after the notice (APP-06); an assessment of Rp 0 needs no
 * payment and the application goes on to printing or signing (M18 Pasal 15).
 */
function approval(input: EffectInput<'approve' | 'deem-approve'>, outcome: Decision['outcome']): Result<Effect> {
  const { application, event, context, today } = input;
  const decision: Decision = { outcome, at: event.at, by: event.actor.id };
  if (!application.feeBearing) return ok({ changes: { decision }, record: { outcome } });
  if (event.fee === undefined) {
    return fail('application.fee-required', {
      id: 'Izin ini berretribusi: persetujuan wajib menyertakan penetapan retribusi (fee) untuk SKRD.',
      en: 'This permit bears a fee: the approval must carry the fee assessment (fee) for the SKRD.',
    }, 'fee');
  }
  if (event.fee.assessment?.permitType !== application.permitType) {
    return fail('application.fee-mismatch', {
      id: `Penetapan retribusi bukan untuk izin ${application.permitType}.`,
      en: `The fee assessment is not for a ${application.permitType} permit.`,
    }, 'fee.assessment.permitType');
  }
  const skrd = createSkrd({
    assessment: event.fee.assessment, applicationId: application.id, notifiedOn: today, sequence: event.fee.sequence,
    calendar: context.calendar, settings: { ...context.skrd, paymentWindowWorkingDays: context.settings.paymentWorkingDays },
  });
  if (!skrd.ok) {
    const path = skrd.error.path;
    return { ok: false, error: { ...skrd.error, path: path === 'assessment' || path === 'sequence' ? `fee.${path}` : path ?? 'fee' } };
  }
  if (!skrd.value.paymentRequired) {
    return ok({ changes: { decision }, record: { outcome, paymentRequired: false } });
  }
  const { number, paymentCode, amount, dueDate } = skrd.value;
  return ok({ changes: { decision, skrd: skrd.value }, record: { outcome, skrd: number, paymentCode, amount, dueDate } });
}

/** APP-05: the head of office approves. */
export const approve: EffectHandler<'approve'> = (input) => approval(input, 'approved');

/** APP-12: deemed approval, only due when the municipality switched it on (checked by the timing guard). */
export const deemApprove: EffectHandler<'deem-approve'> = (input) => approval(input, 'deemed-approved');

/** APP-05: the head of office rejects, with the reason the applicant is told. */
export const reject: EffectHandler<'reject'> = ({ event }) => {
  const reason = checkText(event.reason, 'reason', 2000);
  if (!reason.ok) return reason;
  const decision: Decision = { outcome: 'rejected', at: event.at, by: event.actor.id, reason: reason.value };
  return ok({ changes: { decision }, record: { outcome: 'rejected' }, reason: reason.value });
};
