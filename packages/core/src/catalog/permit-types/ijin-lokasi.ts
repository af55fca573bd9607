import { cite } from '../../citation.js';
import { STEP, fixedTime, instrument, isTrue, m13, requirement, yesNoDetail } from '../builders.js';
import { REPRESENTATIVE_DETAIL } from '../conditions.js';
import { deedOfEstablishment, ktp } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 11;
const item = (i: string) => m13.requirement(N, i);
/** Items 6–10 of this list are printed after a page break, in a continuation row of the copy. */
const continued = (i: string) => cite('M13', `Lampiran I angka ${N} kolom 4 butir ${i} (tercetak pada halaman berikutnya)`);
const APPOINTED = { id: 'apabila ada penunjukan', en: 'when a representative is appointed' };

/** 11 — Ijin Lokasi (location permit), M13 Lampiran I and II angka 11. */
export const ijinLokasi: PermitType = {
  id: 'ijin-lokasi',
  name: { id: 'Ijin Lokasi', en: 'Location permit' },
  legalBasis: {
    instruments: [
      instrument('Undang-Undang Nomor 24 Tahun 1992 tentang Penataan Ruang'),
      instrument('Peraturan Menteri Negara Agraria/Kepala BPN Nomor 2 Tahun 1993 tentang Tatacara memperoleh Ijin Lokasi dan Hak Atas Tanah bagi perusahaan dalam rangka penanaman modal'),
      instrument('Peraturan Menteri Agraria/Kepala BPN Nomor 2 Tahun 1999 tentang Ijin Lokasi'),
      instrument('Peraturan Menteri Dalam Negeri Nomor 8 Tahun 1998 tentang Penyelenggaraan Penataan Ruang di Daerah'),
      instrument('Peraturan Daerah Kota Mojokerto Nomor 29 Tahun 2002 tentang Rencana Tata Ruang Wilayah (RTRW)'),
      instrument('Keputusan Walikota Mojokerto Nomor 18 Tahun 2000 tentang Ijin Lokasi'),
    ],
    source: m13.legalBasis(N),
  },
  details: [
    yesNoDetail('investmentFacility', {
      id: 'Menggunakan fasilitas penanaman modal (PMA/PMDN)', en: 'Uses the investment facilities (PMA/PMDN)',
    }, item('2')),
    yesNoDetail('transportFacility', {
      id: 'Menggunakan fasilitas perhubungan (tower)', en: 'Uses transport facilities (a tower)',
    }, item('3')),
  ],
  requirements: [
    requirement('application-letter', { id: 'Surat Permohonan Penataan Ruang/Ijin Lokasi', en: 'Application letter for spatial planning / location permit' }, item('1')),
    ktp(item('1')),
    deedOfEstablishment(item('1'), { id: 'Fotokopi Akta Pendirian', en: 'Copy of the deed of establishment' }),
    requirement('representative-ktp', { id: 'Fotokopi KTP penerima kuasa', en: 'Copy of the identity card of the appointed representative' }, item('1'), {
      condition: isTrue(REPRESENTATIVE_DETAIL), conditionText: APPOINTED,
    }),
    requirement('power-of-attorney', { id: 'Surat Kuasa bermaterai', en: 'Power of attorney with duty stamp' }, item('1'), {
      condition: isTrue(REPRESENTATIVE_DETAIL), conditionText: APPOINTED,
    }),
    requirement('investment-approval', {
      id: 'Fotokopi Surat Persetujuan Presiden/Kepala BKPM', en: 'Copy of the approval of the President / Head of BKPM',
    }, item('2'), {
      condition: isTrue('investmentFacility'),
      conditionText: { id: 'bagi pemohon yang menggunakan fasilitas PMA/PMDN', en: 'for an applicant using the PMA/PMDN investment facilities' },
    }),
    requirement('transport-minister-approval', {
      id: 'Fotokopi Surat Persetujuan Menteri Perhubungan', en: 'Copy of the approval of the Minister of Transport',
    }, item('3'), {
      condition: isTrue('transportFacility'),
      conditionText: { id: 'yang menggunakan fasilitas perhubungan (tower)', en: 'for one using transport facilities (a tower)' },
    }),
    requirement('other-minister-approval', {
      id: 'Persetujuan menteri lain yang bersangkutan', en: 'Approval of another minister concerned',
    }, item('4'), { required: false, conditionText: { id: 'yang berkaitan', en: 'where related' } }),
    requirement('principle-approval', {
      id: 'Persetujuan Prinsip dari Instansi Teknis', en: 'Approval in principle from the technical agency',
    }, item('2, 5')),
    requirement('land-acquisition-statement', {
      id: 'Surat pernyataan kesanggupan melakukan pembebasan tanah dan/atau menyediakan tempat penampungan bagi pemilik/yang berhak atas tanah',
      en: 'Undertaking to acquire the land and/or to provide relocation for the owners or right-holders of the land',
    }, continued('6')),
    requirement('land-sketch', { id: 'Gambar/sketsa tanah yang dimohon', en: 'Drawing or sketch of the land applied for' }, continued('7'), { files: 'drawing' }),
    requirement('environmental-permit', { id: 'Ijin Lingkungan', en: 'Environmental permit' }, continued('8')),
    requirement('investment-value', { id: 'Investasi (dollar atau rupiah)', en: 'Investment value (in dollars or rupiah)' }, continued('9')),
    requirement('insurance', { id: 'Asuransi', en: 'Insurance' }, continued('10')),
  ],
  procedure: {
    steps: [
      STEP.submit,
      { label: { id: 'BAPPEKO mengevaluasi/meneliti kelengkapan.', en: 'BAPPEKO (the city planning agency) evaluates the completeness of the file.' } },
      {
        label: {
          id: 'Berkas dinyatakan lengkap, kemudian rapat koordinasi dengan tim teknis, pemeriksaan lapangan dan Berita Acara Pemeriksaan (BAP).',
          en: 'Once the file is declared complete: a coordination meeting with the technical team, a field inspection and an inspection record (BAP).',
        },
      },
      { label: { id: 'Berdasarkan BAP, permohonan disetujui atau ditolak.', en: 'On the basis of the BAP the application is approved or refused.' } },
    ],
    source: m13.procedure(N),
  },
  completionTime: fixedTime(10, 'Waktu penyelesaian 10 hari kerja setelah menerima dokumen secara lengkap dan benar', m13.lampiranII(N, 6)),
  fee: {
    bearing: true,
    rule: 'FEE-08',
    note: {
      id: 'Tanpa tarif: segala biaya pekerjaan lapangan dan koordinasi dibebankan kepada pemohon.',
      en: 'No tariff: the applicant bears the actual costs of field work and coordination.',
    },
    source: m13.lampiranII(N),
  },
  source: m13.type(N),
};
