import { instant } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';
import type { PaymentRecord, PaymentRepository } from './types.js';

const toPayment = (row: SqlRow): PaymentRecord => ({
  bankReference: String(row.bank_reference),
  skrdNumber: String(row.skrd_number),
  applicationId: String(row.application_id),
  amount: Number(row.amount),
  paidAt: instant(row.paid_at),
  receivedAt: instant(row.received_at),
});

/** Payments on `db`: the bank reference is the key, so a repeated callback records nothing new. */
export function paymentRepository(db: SqlExecutor): PaymentRepository {
  const getByReference = async (bankReference: string) => {
    const { rows } = await db.query('SELECT * FROM payments WHERE bank_reference = $1', [bankReference]);
    return rows[0] && toPayment(rows[0]);
  };
  return {
    async record(payment) {
      const { rows } = await db.query(
        `INSERT INTO payments (bank_reference, skrd_number, application_id, amount, paid_at, received_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (bank_reference) DO NOTHING RETURNING *`,
        [payment.bankReference, payment.skrdNumber, payment.applicationId, payment.amount, payment.paidAt, payment.receivedAt]);
      if (rows[0]) return { kind: 'recorded', payment: toPayment(rows[0]) };
      return { kind: 'duplicate', payment: (await getByReference(payment.bankReference))! };
    },
    getByReference,
    async listForApplication(applicationId) {
      const { rows } = await db.query('SELECT * FROM payments WHERE application_id = $1 ORDER BY paid_at, bank_reference', [applicationId]);
      return rows.map(toPayment);
    },
  };
}
