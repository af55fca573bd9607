// The application states of the permit service (APP-01 … APP-11) as an applicant reads them.
import type { LocalizedText } from '@satupintu/core';

const STATES: Readonly<Record<string, LocalizedText>> = {
  draft: { id: 'Draf, belum diajukan', en: 'Draft, not submitted' },
  'awaiting-verification': { id: 'Menunggu verifikasi berkas', en: 'Awaiting verification of the file' },
  returned: { id: 'Dikembalikan untuk diperbaiki', en: 'Returned for correction' },
  'awaiting-validation': { id: 'Menunggu validasi', en: 'Awaiting validation' },
  'awaiting-technical-recommendation': { id: 'Menunggu rekomendasi teknis', en: 'Awaiting the technical recommendation' },
  'awaiting-decision': { id: 'Menunggu keputusan', en: 'Awaiting the decision' },
  'awaiting-payment': { id: 'Menunggu pembayaran retribusi', en: 'Awaiting payment of the fee' },
  'awaiting-printing': { id: 'Menunggu pencetakan izin', en: 'Awaiting printing of the permit' },
  'awaiting-signature': { id: 'Menunggu tanda tangan', en: 'Awaiting signature' },
  'awaiting-numbering': { id: 'Menunggu penomoran izin', en: 'Awaiting the permit number' },
  'awaiting-survey': { id: 'Menunggu survei kepuasan Anda', en: 'Awaiting your satisfaction survey' },
  'suspended-survey': { id: 'Ditunda: survei kepuasan belum diisi', en: 'Suspended: the satisfaction survey is not filled in' },
  'awaiting-handover': { id: 'Siap diserahkan', en: 'Ready for handover' },
  completed: { id: 'Selesai: izin sudah diserahkan', en: 'Completed: the permit was handed over' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  'payment-lapsed': { id: 'Batal: retribusi tidak dibayar tepat waktu', en: 'Lapsed: the fee was not paid in time' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
  withdrawn: { id: 'Ditarik oleh pemohon', en: 'Withdrawn by the applicant' },
};

/** The bilingual label of an application state (the code itself for a state this page does not know). */
export function stateLabel(state: string): LocalizedText {
  return STATES[state] ?? { id: state, en: state };
}
