import { cite } from '../../citation.js';
import { COUNTER_PROCEDURE, fixedTime, instrument, m13, requirement } from '../builders.js';
import { applicationLetter } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 10;
const item = (i: string) => m13.requirement(N, i);
/** Items 6–10 of this list are printed in the next row of the copy, after a page break; they continue list 1–5. */
const continued = (i: string) => cite('M13', `Lampiran I angka ${N} kolom 4 butir ${i} (tercetak pada halaman berikutnya)`);

/** 10 — Ijin Usaha Jasa Konstruksi (construction services), M13 Lampiran I and II angka 10. */
export const jasaKonstruksi: PermitType = {
  id: 'jasa-konstruksi',
  name: { id: 'Ijin Usaha Jasa Konstruksi', en: 'Construction services business licence' },
  legalBasis: {
    instruments: [
      instrument('Keputusan Menteri Permukiman dan Prasarana Wilayah Nomor 369/KPTS/M/2001 tentang Pedoman Pemberian Ijin Jasa Konstruksi Nasional'),
      instrument('Peraturan Daerah Kota Mojokerto Nomor 9 Tahun 2003'),
      instrument('Peraturan Daerah Kota Mojokerto Nomor 11 Tahun 2003'),
      instrument('Peraturan Daerah Kota Mojokerto Nomor 12 Tahun 2005'),
    ],
    source: m13.legalBasis(N),
  },
  details: [],
  requirements: [
    applicationLetter(item('1')),
    requirement('management-form', { id: 'Formulir Daftar Pengurus Perusahaan', en: "Form: list of the company's management" }, item('2')),
    requirement('non-technical-staff-form', {
      id: 'Formulir Daftar Tenaga Non Teknis Tugas Penuh Perusahaan', en: 'Form: full-time non-technical staff of the company',
    }, item('3')),
    requirement('technical-staff-form', { id: 'Formulir Daftar Tenaga Teknis Perusahaan', en: 'Form: technical staff of the company' }, item('4')),
    requirement('technical-staff-statement', {
      id: 'Formulir Surat Pernyataan Tenaga Teknis Tugas Penuh Perusahaan', en: 'Form: statement of the full-time technical staff',
    }, item('5')),
    requirement('technical-staff-experience-form', {
      id: 'Formulir Daftar Pengalaman Kerja Tenaga Teknis Tugas Penuh Perusahaan', en: 'Form: work experience of the full-time technical staff',
    }, continued('6')),
    requirement('equipment-form', { id: 'Formulir Daftar Peralatan Perusahaan', en: "Form: the company's equipment" }, continued('7')),
    requirement('balance-sheet-form', { id: 'Formulir Neraca Perusahaan Tahun Terakhir', en: "Form: the company's balance sheet of the last year" }, continued('8')),
    requirement('company-experience-form', { id: 'Formulir Pengalaman Perusahaan', en: "Form: the company's experience" }, continued('9')),
    requirement('passport-photo', { id: 'Pasfoto ukuran 3 x 4 sebanyak 2 lembar', en: 'Passport photos 3 × 4 cm, 2 copies' }, continued('10'), { files: 'photo' }),
  ],
  procedure: { steps: COUNTER_PROCEDURE, source: m13.procedure(N) },
  completionTime: fixedTime(30, 'Waktu penyelesaian maksimal 30 hari kerja', m13.lampiranII(N, 6)),
  fee: { bearing: true, rule: 'FEE-07', source: m13.lampiranII(N) },
  source: m13.type(N),
};
