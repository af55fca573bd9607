import type { Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';
import type { Application } from './application.js';
import type { ApplicationEvent } from './events.js';
import { APPLICATION_SOURCES as S } from './sources.js';

/** A message to send: to whom (the applicant's phone or e-mail, or an office role), by which channel, in id and en. */
export interface Notification {
  readonly audience: 'applicant' | 'office';
  readonly channel: 'sms' | 'email';
  /** E.164 phone for SMS, e-mail address, or the office role (`head-of-office`) for office notices. */
  readonly to: string;
  readonly text: LocalizedText;
  readonly rule: string;
  readonly source: Citation;
}

/** The applicant's contact (the person, or the business's contact person). */
export function applicantContact(application: Application): { phone: string; email: string } {
  const a = application.applicant;
  return a.kind === 'person' ? { phone: a.phone, email: a.email } : { phone: a.contact.phone, email: a.contact.email };
}

/** The same text to the applicant by SMS and by e-mail. */
function toApplicant(application: Application, text: LocalizedText, rule: string, source: Citation, channels: readonly ('sms' | 'email')[] = ['sms', 'email']): Notification[] {
  const contact = applicantContact(application);
  return channels.map((channel) => ({ audience: 'applicant', channel, to: channel === 'sms' ? contact.phone : contact.email, text, rule, source }));
}

const rupiah = (amount: number) => `Rp ${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

function approvalMessages(application: Application): Notification[] {
  const number = application.receiptNumber ?? application.id;
  const messages = toApplicant(application, {
    id: `Permohonan ${number} DISETUJUI.`, en: `Application ${number} is APPROVED.`,
  }, 'APP-05', S.decisionNotice, ['sms']);
  const skrd = application.skrd;
  if (skrd === undefined) return messages;
  const account = skrd.receivingAccount;
  return [...messages, ...toApplicant(application, {
    id: `Retribusi ${number}: kode bayar ${skrd.paymentCode}, ${rupiah(skrd.amount)}, rekening ${account.accountNumber} a.n. ${account.accountName}, ${account.bank}; bayar paling lambat ${skrd.dueDate}.`,
    en: `Retribution for ${number}: payment code ${skrd.paymentCode}, ${rupiah(skrd.amount)}, account ${account.accountNumber} (${account.accountName}), ${account.bank}; pay by ${skrd.dueDate}.`,
  }, 'APP-05', S.paymentNotice, ['sms'])];
}

/**
 * The messages an accepted event sends (as data; the server delivers them): receipt, return for correction,
 * approval or rejection by SMS (M18 Pasal 14 ayat (1)), payment details by SMS (Pasal 14 ayat (2)), payment lapse,
 * survey reminders and suspension (Pasal 17), handover, sanction, outage start and end (P106 Pasal 13 ayat (3)) and
 * service-deadline warnings to the head of office. `application` is the application after the event.
 * @example notificationsFor(step.value.application, event) // [{ audience: 'applicant', channel: 'sms', to: '+62812…', … }]
 */
export function notificationsFor(application: Application, event: ApplicationEvent): Notification[] {
  const number = application.receiptNumber ?? application.id;
  switch (event.type) {
    case 'submit':
      return toApplicant(application, {
        id: `Permohonan diterima. Nomor tanda terima: ${number}. Pantau prosesnya dengan nomor ini.`,
        en: `Application received. Receipt number: ${number}. Track its progress with this number.`,
      }, 'APP-03', S.receipt);
    case 'return-for-correction':
      return toApplicant(application, {
        id: `Permohonan ${number} dikembalikan untuk diperbaiki: ${event.reason}`, en: `Application ${number} is returned for correction: ${event.reason}`,
      }, 'APP-04', S.adminOfficer);
    case 'approve':
    case 'deem-approve':
      return approvalMessages(application);
    case 'reject':
      return toApplicant(application, {
        id: `Permohonan ${number} DITOLAK: ${event.reason}`, en: `Application ${number} is REJECTED: ${event.reason}`,
      }, 'APP-05', S.decisionNotice, ['sms']);
    case 'lapse-payment':
      return toApplicant(application, {
        id: `Retribusi ${number} tidak dibayar tepat waktu: piutang hangus, ajukan permohonan dari awal.`,
        en: `The retribution for ${number} was not paid in time: it has lapsed; please apply again from the start.`,
      }, 'APP-06', S.paymentLapse);
    case 'send-survey-reminder':
      return toApplicant(application, {
        id: `Pengingat ${application.survey.remindersSent.length}: isi survei kepuasan masyarakat untuk ${number}.`,
        en: `Reminder ${application.survey.remindersSent.length}: please fill in the satisfaction survey for ${number}.`,
      }, 'APP-08', S.surveyReminders);
    case 'suspend-for-survey':
      return toApplicant(application, {
        id: `Proses ${number} ditangguhkan sampai survei kepuasan masyarakat diisi.`,
        en: `Processing of ${number} is suspended until the satisfaction survey is filled in.`,
      }, 'APP-08', S.surveySuspension);
    case 'hand-over':
      return toApplicant(application, {
        id: `Dokumen izin ${number} diserahkan (${{ office: 'di kantor', post: 'lewat pos', courier: 'lewat kurir' }[event.method]}).`,
        en: `The permit for ${number} is handed over (${{ office: 'at the office', post: 'by post', courier: 'by courier' }[event.method]}).`,
      }, 'APP-09', S.handover);
    case 'cancel-as-sanction':
      return toApplicant(application, {
        id: `Permohonan/izin ${number} dibatalkan sebagai sanksi: ${event.reason}`, en: `Application/permit ${number} is cancelled as a sanction: ${event.reason}`,
      }, 'APP-10', S.sanctions);
    case 'declare-pause':
      return toApplicant(application, {
        id: `Layanan tertunda karena ${event.kind === 'outage' ? 'gangguan sistem' : 'keadaan kahar'}; waktu ini tidak dihitung dalam waktu penyelesaian ${number}.`,
        en: `Service is delayed by ${event.kind === 'outage' ? 'a system outage' : 'force majeure'}; this time does not count toward the deadline of ${number}.`,
      }, 'APP-11', S.outageNotice, ['email']);
    case 'end-pause':
      return toApplicant(application, {
        id: `Layanan untuk ${number} aktif kembali.`, en: `Service for ${number} has resumed.`,
      }, 'APP-11', S.outageNotice, ['email']);
    case 'record-deadline-notice':
      return [{
        audience: 'office', channel: 'email', to: 'head-of-office', rule: 'CAT-03', source: S.serviceTime,
        text: event.notice === 'missed'
          ? { id: `Batas waktu layanan ${number} terlewati tanpa keputusan.`, en: `The service deadline of ${number} has passed without a decision.` }
          : { id: `Batas waktu layanan ${number} sudah dekat.`, en: `The service deadline of ${number} is near.` },
      }];
    default:
      return [];
  }
}
