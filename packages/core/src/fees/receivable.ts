import { parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { fail, ok, type Result } from '../result.js';
import type { Skrd } from './skrd.js';

/**
 * The state of an SKRD's receivable on a date: `open` (unpaid, not yet due), `paid` (paid on or before the due
 * date) or `lapsed` (unpaid when the due date passed: the receivable is void and the application must start again,
 * M18 Pasal 14(4), APP-06).
 */
export type ReceivableStatus = 'open' | 'paid' | 'lapsed';

/**
 * The receivable's status on `on`, given the payment date if the applicant paid. A payment after the due date does
 * not revive a lapsed receivable. Refuses invalid dates (`date.invalid`) and dates before the SKRD was issued
 * (`skrd.date-before-issue`).
 *
 * @example
 * ```ts
 * receivableStatus(skrd, '2026-04-07');               // 'open' (the due date itself)
 * receivableStatus(skrd, '2026-04-08');               // 'lapsed'
 * receivableStatus(skrd, '2026-04-08', '2026-04-01'); // 'paid'
 * ```
 */
export function receivableStatus(skrd: Pick<Skrd, 'issuedOn' | 'dueDate'>, on: IsoDate, paidOn?: IsoDate): Result<ReceivableStatus> {
  const dates = [
    parseIsoDate(skrd?.issuedOn, 'skrd.issuedOn'), parseIsoDate(skrd?.dueDate, 'skrd.dueDate'), parseIsoDate(on, 'on'),
    ...(paidOn === undefined ? [] : [parseIsoDate(paidOn, 'paidOn')]),
  ];
  for (const date of dates) if (!date.ok) return date;
  const { issuedOn, dueDate } = skrd;
  for (const [date, path] of [[on, 'on'], [paidOn, 'paidOn']] as const) {
    if (date !== undefined && date < issuedOn) {
      return fail('skrd.date-before-issue', {
        id: `Tanggal ${date} sebelum SKRD diterbitkan (${issuedOn}).`, en: `${date} is before the SKRD was issued (${issuedOn}).`,
      }, path);
    }
  }
  if (paidOn !== undefined && paidOn <= on) return ok(paidOn <= dueDate ? 'paid' : 'lapsed');
  return ok(on <= dueDate ? 'open' : 'lapsed');
}

/** Whether the SKRD's receivable has lapsed on `on` (unpaid after the due date, M18 Pasal 14(4)). */
export function hasReceivableLapsed(skrd: Pick<Skrd, 'issuedOn' | 'dueDate'>, on: IsoDate, paidOn?: IsoDate): Result<boolean> {
  const status = receivableStatus(skrd, on, paidOn);
  return status.ok ? ok(status.value === 'lapsed') : status;
}
