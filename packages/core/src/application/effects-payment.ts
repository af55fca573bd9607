import { fail, ok } from '../result.js';
import type { EffectHandler } from './effect.js';
import { noChange } from './effect.js';
import { checkInteger, checkText } from './input-checks.js';

/**
 * The bank's payment callback (M18 Pasal 14 ayat (3), (5)): the amount must be the SKRD's, whole rupiah, paid on or
 * before its due date in the municipality's time zone; a later payment is refused (the receivable has lapsed, APP-06).
 */
export const recordPayment: EffectHandler<'record-payment'> = ({ application, event, today }) => {
  const skrd = application.skrd;
  if (skrd === undefined) {
    return fail('application.no-skrd', { id: 'Permohonan ini tidak memiliki SKRD.', en: 'This application has no SKRD.' }, 'type');
  }
  const amount = checkInteger(event.amount, 'amount', { id: 'Jumlah bayar (rupiah)', en: 'The amount paid (rupiah)' });
  if (!amount.ok) return amount;
  if (amount.value !== skrd.amount) {
    return fail('application.payment-amount', {
      id: `Jumlah bayar Rp ${amount.value} tidak sama dengan SKRD Rp ${skrd.amount}.`,
      en: `The amount paid, Rp ${amount.value}, differs from the SKRD's Rp ${skrd.amount}.`,
    }, 'amount');
  }
  const reference = checkText(event.reference, 'reference', 100);
  if (!reference.ok) return reference;
  if (today > skrd.dueDate) {
    return fail('application.payment-late', {
      id: `Batas pembayaran ${skrd.dueDate} sudah lewat: piutang hangus dan permohonan harus diulang (M18 Pasal 14 ayat (4)).`,
      en: `The payment deadline ${skrd.dueDate} has passed: the receivable has lapsed and the application must start again (M18 Pasal 14(4)).`,
    }, 'at');
  }
  return ok({
    changes: { payment: { amount: amount.value, reference: reference.value, at: event.at } },
    record: { amount: amount.value, reference: reference.value, skrd: skrd.number },
  });
};

/** APP-06: unpaid after the due date, the receivable lapses (timing checked by the due-action guard). */
export const lapsePayment: EffectHandler<'lapse-payment'> = () => noChange;
