// Words of the back office: the application states as officers read them, the steps (events) and the staff roles.
import type { LocalizedText } from '@satupintu/core';

const STATES: Readonly<Record<string, LocalizedText>> = {
  draft: { id: 'Draf', en: 'Draft' },
  'awaiting-verification': { id: 'Menunggu verifikasi', en: 'Awaiting verification' },
  returned: { id: 'Dikembalikan untuk perbaikan', en: 'Returned for correction' },
  'awaiting-validation': { id: 'Menunggu validasi', en: 'Awaiting validation' },
  'awaiting-technical-recommendation': { id: 'Menunggu rekomendasi teknis', en: 'Awaiting technical recommendation' },
  'awaiting-decision': { id: 'Menunggu keputusan', en: 'Awaiting decision' },
  'awaiting-payment': { id: 'Menunggu pembayaran retribusi', en: 'Awaiting payment' },
  'awaiting-printing': { id: 'Menunggu pencetakan', en: 'Awaiting printing' },
  'awaiting-signature': { id: 'Menunggu tanda tangan', en: 'Awaiting signature' },
  'awaiting-numbering': { id: 'Menunggu penomoran', en: 'Awaiting numbering' },
  'awaiting-survey': { id: 'Menunggu survei IKM pemohon', en: 'Awaiting the applicant\'s IKM survey' },
  'suspended-survey': { id: 'Ditunda: survei IKM belum diisi', en: 'Suspended: IKM survey not filled in' },
  'awaiting-handover': { id: 'Menunggu penyerahan', en: 'Awaiting handover' },
  completed: { id: 'Selesai', en: 'Completed' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  'payment-lapsed': { id: 'Retribusi kedaluwarsa', en: 'Payment lapsed' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
  withdrawn: { id: 'Ditarik pemohon', en: 'Withdrawn' },
};

const EVENTS: Readonly<Record<string, LocalizedText>> = {
  submit: { id: 'Diajukan', en: 'Submitted' },
  resubmit: { id: 'Diajukan kembali', en: 'Resubmitted' },
  verify: { id: 'Verifikasi: berkas lengkap', en: 'Verified: file complete' },
  validate: { id: 'Validasi', en: 'Validated' },
  'return-for-correction': { id: 'Dikembalikan untuk perbaikan', en: 'Returned for correction' },
  recommend: { id: 'Rekomendasi teknis', en: 'Technical recommendation' },
  approve: { id: 'Disetujui', en: 'Approved' },
  reject: { id: 'Ditolak', en: 'Rejected' },
  'deem-approve': { id: 'Dianggap disetujui', en: 'Deemed approved' },
  'record-payment': { id: 'Pembayaran diterima', en: 'Payment received' },
  'lapse-payment': { id: 'Retribusi kedaluwarsa', en: 'Payment lapsed' },
  print: { id: 'Dicetak', en: 'Printed' },
  sign: { id: 'Ditandatangani', en: 'Signed' },
  'assign-number': { id: 'Diberi nomor izin', en: 'Permit number assigned' },
  'send-survey-reminder': { id: 'Pengingat survei dikirim', en: 'Survey reminder sent' },
  'suspend-for-survey': { id: 'Ditunda menunggu survei', en: 'Suspended for the survey' },
  'submit-survey': { id: 'Survei IKM diisi', en: 'IKM survey filled in' },
  'hand-over': { id: 'Diserahkan', en: 'Handed over' },
  withdraw: { id: 'Ditarik', en: 'Withdrawn' },
  reprimand: { id: 'Teguran tertulis', en: 'Written reprimand' },
  'cancel-as-sanction': { id: 'Dibatalkan sebagai sanksi', en: 'Cancelled as a sanction' },
  'declare-pause': { id: 'Penghentian sementara dinyatakan', en: 'Pause declared' },
  'end-pause': { id: 'Penghentian sementara berakhir', en: 'Pause ended' },
  'record-deadline-notice': { id: 'Pemberitahuan batas waktu', en: 'Deadline notice' },
};

const ROLES: Readonly<Record<string, LocalizedText>> = {
  applicant: { id: 'Pemohon', en: 'Applicant' },
  'admin-officer': { id: 'Petugas administrasi', en: 'Administrative officer' },
  'technical-officer': { id: 'Petugas teknis', en: 'Technical officer' },
  'signing-official': { id: 'Pejabat penanda tangan', en: 'Signing official' },
  'head-of-office': { id: 'Kepala kantor', en: 'Head of office' },
  supervisor: { id: 'Pengawas', en: 'Supervisor' },
  system: { id: 'Sistem', en: 'System' },
  bank: { id: 'Bank', en: 'Bank' },
};

const unknown = (code: string): LocalizedText => ({ id: code, en: code });

/** An application state as officers read it. */
export function officeStateLabel(state: string): LocalizedText {
  return STATES[state] ?? unknown(state);
}

/** A step of the lifecycle (a history entry). */
export function eventLabel(event: string): LocalizedText {
  return EVENTS[event] ?? unknown(event);
}

/** A role. */
export function roleLabel(role: string): LocalizedText {
  return ROLES[role] ?? unknown(role);
}
