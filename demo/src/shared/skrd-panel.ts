// The fee to pay (APP-05, APP-06): the SKRD's number, amount, payment code, due date and receiving account, and a
// "pay at the demo bank" button standing in for the applicant's bank (POST /demo-bank/pay, which sends the bank's
// signed callback to the service).
import type { ApiComponents } from '@satupintu/server';
import { assessmentTable } from './fee-estimate.js';
import { longDate, rupiah } from './format.js';
import { problemMessage } from './session.js';
import { make, say } from './text.js';

type Skrd = ApiComponents['schemas']['Skrd'];

/** Pays `skrd` in full at the demo bank; resolves with the service's refusal message, or undefined when paid. */
export async function payAtDemoBank(applicationId: string, skrd: Skrd): Promise<string | undefined> {
  try {
    const response = await fetch('/demo-bank/pay', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ applicationId, skrdNumber: skrd.number, amount: skrd.amount }),
    });
    if (response.ok) return undefined;
    return say(problemMessage(await response.json().catch(() => undefined)));
  } catch {
    return say({ id: 'Bank contoh tidak dapat dihubungi. Coba lagi.', en: 'The demo bank cannot be reached. Try again.' });
  }
}

/** The SKRD as the applicant needs it to pay, with the pay button (`#pay-button`) and its status line. */
export function skrdPanel(skrd: Skrd): HTMLElement {
  const panel = make('div', undefined, { class: 'skrd' });
  const facts = make('dl', undefined, { class: 'facts' });
  const fact = (term: { id: string; en: string }, value: string, className?: string) =>
    facts.append(make('dt', say(term)), make('dd', value, className ? { class: className } : {}));
  fact({ id: 'Nomor SKRD', en: 'SKRD number' }, skrd.number);
  fact({ id: 'Jumlah', en: 'Amount' }, rupiah(skrd.amount), 'amount');
  fact({ id: 'Kode bayar', en: 'Payment code' }, skrd.paymentCode, 'code');
  fact({ id: 'Bayar paling lambat', en: 'Pay by' }, longDate(skrd.dueDate));
  fact({ id: 'Bank', en: 'Bank' }, skrd.receivingAccount.bank);
  fact({ id: 'Nomor rekening', en: 'Account number' }, skrd.receivingAccount.accountNumber);
  fact({ id: 'Atas nama', en: 'Account name' }, skrd.receivingAccount.accountName);
  panel.append(
    make('p', say({
      id: 'Permohonan Anda disetujui. Bayar retribusi berikut dengan kode bayar ini; bila tidak dibayar sampai tanggal jatuh tempo, permohonan batal dan harus diajukan lagi (APP-06).',
      en: 'Your application was approved. Pay the fee below with this payment code; unpaid by the due date, the application lapses and must be made again (APP-06).',
    })),
    facts,
    assessmentTable({ lines: skrd.lines, total: skrd.amount }, { id: 'Rincian retribusi', en: 'Fee details' }),
    make('button', say({ id: 'Bayar di bank contoh', en: 'Pay at the demo bank' }), { type: 'button', id: 'pay-button', class: 'primary' }),
    make('p', undefined, { id: 'pay-status', class: 'hint', role: 'status', 'aria-live': 'polite' }),
    make('p', say({ id: 'Bank contoh hanya ada di kota contoh ini: ia mengirim konfirmasi pembayaran bertanda tangan ke layanan perizinan.', en: 'The demo bank exists only in this demo city: it sends a signed payment confirmation to the permit service.' }), { class: 'hint' }),
  );
  return panel;
}
