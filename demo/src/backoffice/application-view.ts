// What an officer reads of one application: the facts, the documents (download links) and the history.
import { defaultCatalog } from '@satupintu/core';
import type { ApiComponents } from '@satupintu/server';
import { longDate, officeTime, rupiah } from '../shared/format.js';
import { eventLabel, officeStateLabel, roleLabel } from '../shared/office-labels.js';
import { dataTable, link } from '../shared/table.js';
import { make, say } from '../shared/text.js';
import { workingDaysLeft } from '../shared/working-days-left.js';

type Application = ApiComponents['schemas']['Application'];

/** The applicant's name as officers address the file: the person, or the company. */
export function applicantName(application: Application): string {
  return application.applicant.kind === 'person' ? application.applicant.name : application.applicant.companyName;
}

/** The service clock in words: "3 hari kerja lagi (sampai …)", "terlambat 2 hari kerja", "dihentikan sementara". */
export function clockText(application: Application): string {
  const clock = workingDaysLeft(application);
  if (clock.status === 'none') return '—';
  if (clock.status === 'paused') return say({ id: 'Dihentikan sementara', en: 'Paused' });
  if (clock.left < 0) return say({ id: `Terlambat ${-clock.left} hari kerja`, en: `${-clock.left} working days overdue` });
  return say({ id: `${clock.left} hari kerja (batas ${clock.due})`, en: `${clock.left} working days (due ${clock.due})` });
}

/** The permit type's name in the catalog (the national one: the demo city does not replace it), else its id. */
export function permitTypeName(permitType: string): string {
  const type = defaultCatalog.permitTypes.find((t) => t.id === permitType);
  return type ? say(type.name) : permitType;
}

/** A detail of the request by the catalog's label, with yes/no in words. */
function detailTerm(permitType: string, key: string, value: boolean | number): [string, string] {
  const declared = defaultCatalog.permitTypes.find((t) => t.id === permitType)?.details.find((d) => d.key === key);
  const shown = typeof value === 'boolean' ? say(value ? { id: 'Ya', en: 'Yes' } : { id: 'Tidak', en: 'No' }) : String(value);
  return [declared ? say(declared.label) : key, shown];
}

function term(list: HTMLDListElement, label: { id: string; en: string }, value: string): void {
  list.append(make('dt', say(label)), make('dd', value));
}

/** The facts of the file as a description list. */
export function detailsList(application: Application): HTMLDListElement {
  const list = make('dl', undefined, { class: 'facts' });
  term(list, { id: 'Nomor tanda terima', en: 'Receipt number' }, application.receiptNumber ?? '—');
  term(list, { id: 'Jenis izin', en: 'Permit type' }, permitTypeName(application.permitType));
  term(list, { id: 'Tahap', en: 'Step' }, say(officeStateLabel(application.state)));
  term(list, { id: 'Pemohon', en: 'Applicant' }, applicantName(application));
  if (application.applicant.kind === 'person') {
    term(list, { id: 'NIK', en: 'NIK' }, application.applicant.nik);
    term(list, { id: 'Telepon', en: 'Phone' }, application.applicant.phone);
    term(list, { id: 'Surel', en: 'E-mail' }, application.applicant.email);
  } else {
    term(list, { id: 'NPWP', en: 'NPWP' }, application.applicant.npwp);
    term(list, { id: 'Kontak', en: 'Contact' }, `${application.applicant.contact.name}, ${application.applicant.contact.phone}`);
  }
  if (application.submittedAt) term(list, { id: 'Diajukan', en: 'Submitted' }, officeTime(application.submittedAt));
  term(list, { id: 'Sisa waktu layanan', en: 'Service time left' }, clockText(application));
  term(list, { id: 'Retribusi', en: 'Fee' }, application.feeBearing ? say({ id: 'Dikenai retribusi', en: 'Fee-bearing' }) : say({ id: 'Tanpa retribusi', en: 'No fee' }));
  if (application.skrd) term(list, { id: 'SKRD', en: 'SKRD' }, `${application.skrd.number} — ${rupiah(application.skrd.amount)} (${say({ id: 'jatuh tempo', en: 'due' })} ${longDate(application.skrd.dueDate)})`);
  if (application.payment) term(list, { id: 'Pembayaran', en: 'Payment' }, `${rupiah(application.payment.amount)}, ${application.payment.reference}`);
  if (application.permitNumber) term(list, { id: 'Nomor izin', en: 'Permit number' }, application.permitNumber);
  if (application.decision?.reason) term(list, { id: 'Alasan keputusan', en: 'Reason of the decision' }, application.decision.reason);
  const lastCorrection = application.corrections.at(-1);
  if (lastCorrection) term(list, { id: 'Alasan pengembalian terakhir', en: 'Last reason for correction' }, lastCorrection.reason);
  for (const [key, value] of Object.entries(application.details)) {
    const [label, shown] = detailTerm(application.permitType, key, value);
    list.append(make('dt', label), make('dd', shown));
  }
  return list;
}

/** The documents with their download links (GET /applications/{id}/documents/{key}, the session's cookie). */
export function documentsTable(application: Application): HTMLElement {
  if (application.documents.length === 0) return make('p', say({ id: 'Belum ada dokumen.', en: 'No documents yet.' }));
  return dataTable({ id: 'Dokumen', en: 'Documents' }, [{ id: 'Dokumen', en: 'Document' }, { id: 'Berkas', en: 'File' }, { id: 'Ukuran', en: 'Size' }],
    application.documents.map((doc) => {
      const download = link(`api/applications/${encodeURIComponent(application.id)}/documents/${encodeURIComponent(doc.key)}`, `${say({ id: 'Unduh', en: 'Download' })} ${doc.fileName}`);
      download.setAttribute('download', doc.fileName);
      return [doc.key, download, `${Math.ceil(doc.size / 1024)} KB`];
    }));
}

/** The history, oldest first: when, what, by whom, from which step to which. */
export function historyTable(application: Application): HTMLElement {
  return dataTable({ id: 'Riwayat', en: 'History' },
    [{ id: 'Waktu', en: 'When' }, { id: 'Langkah', en: 'Step' }, { id: 'Oleh', en: 'By' }, { id: 'Tahap sesudahnya', en: 'Step after' }],
    application.history.map((entry) => [
      officeTime(entry.at),
      `${say(eventLabel(entry.event))}${entry.backfill ? ` (${say({ id: 'catatan manual', en: 'manual record' })} ${entry.backfill.manualRecord})` : ''}`,
      say(roleLabel(entry.actor.role)),
      say(officeStateLabel(entry.to)),
    ]));
}
