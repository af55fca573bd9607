import { cite, type Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';

/** A supervision time limit counted in working days (*Hari* is a working day, B98 Pasal 1 angka 28). */
export interface WorkingDayLimit {
  readonly workingDays: number;
  readonly name: LocalizedText;
  readonly source: Citation;
}

/** The working-day limits of supervision in B98; a municipality may pass its own copy with other numbers. */
export interface SupervisionDeadlines {
  /** Assignment letter (*surat tugas*) entered at least this many working days before a routine inspection (SUP-06). */
  readonly assignmentLetter: WorkingDayLimit;
  /** Visit notification to the business at least this many working days before (SUP-06). */
  readonly businessNotification: WorkingDayLimit;
  /** OSS re-notifies the plan to the agencies this many working days before the inspection (SUP-06). */
  readonly agencyRenotification: WorkingDayLimit;
  /** A manual BAP is uploaded at most this many working days after the inspection (SUP-07). */
  readonly manualBapUpload: WorkingDayLimit;
  /** A certified expert reports a violation at most this many working days after finding it (SUP-09). */
  readonly expertReport: WorkingDayLimit;
  /** The office stops the violation at most this many working days after the expert's report (SUP-09). */
  readonly violationStop: WorkingDayLimit;
}

/** The limits of Perwali Blitar 98/2022. */
export const SUPERVISION_DEADLINES: SupervisionDeadlines = {
  assignmentLetter: {
    workingDays: 4,
    name: { id: 'Surat tugas diinput', en: 'Assignment letter entered' },
    source: cite('B98', 'Pasal 18 ayat (4)'),
  },
  businessNotification: {
    workingDays: 3,
    name: { id: 'Surat pemberitahuan kunjungan disampaikan', en: 'Visit notification delivered to the business' },
    source: cite('B98', 'Pasal 10 ayat (3) huruf b angka 1; Pasal 18 ayat (5)'),
  },
  agencyRenotification: {
    workingDays: 10,
    name: { id: 'Notifikasi ulang rencana inspeksi kepada instansi pelaksana', en: 'Plan re-notified to the inspecting agencies' },
    source: cite('B98', 'Pasal 15 ayat (3)'),
  },
  manualBapUpload: {
    workingDays: 3,
    name: { id: 'BAP manual diunggah ke Sistem OSS', en: 'Manual BAP uploaded to OSS' },
    source: cite('B98', 'Pasal 20 ayat (6)'),
  },
  expertReport: {
    workingDays: 3,
    name: { id: 'Laporan pelanggaran oleh lembaga/profesi ahli', en: "Certified expert's violation report" },
    source: cite('B98', 'Pasal 33 ayat (3)'),
  },
  violationStop: {
    workingDays: 1,
    name: { id: 'Penghentian pelanggaran oleh DPMPTSP', en: 'Violation stopped by the office' },
    source: cite('B98', 'Pasal 33 ayat (4)'),
  },
};
